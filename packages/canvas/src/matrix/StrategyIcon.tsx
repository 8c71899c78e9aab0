import type { ActorStrategy } from '@samkart/model'

/** Line icons for the four strategies (Klijn & Koppenjan), drawn in a 16×16 box. */
const PATHS: Record<Exclude<ActorStrategy, ''>, string> = {
  // A single arrow heading off alone.
  'ga-alene': 'M2 8h10M9 4.5 12.5 8 9 11.5',
  // A path bending away from a bar.
  unnga: 'M2 2v12M14 3c-6 0-6 10 0 10',
  // Two linked rings.
  samarbeid:
    'M6 4.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7zM10 4.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7z',
  // A hub with three spokes: someone bringing others together.
  fasilitering: 'M8 6.5v-4M6.7 8.8 3 11M9.3 8.8 13 11M8 6.5a1.5 1.5 0 1 0 0 3a1.5 1.5 0 1 0 0-3z',
}

/** Props of {@link StrategyIcon}. */
export interface StrategyIconProps {
  strategy: Exclude<ActorStrategy, ''>
  /** The strategy in words: a tooltip for sighted users; the card's description reads it too. */
  label: string
}

/** The actor's strategy as an icon with its name as a tooltip. */
export function StrategyIcon({ strategy, label }: StrategyIconProps) {
  return (
    <svg
      className="samkart-strategy-icon"
      aria-hidden="true"
      focusable="false"
      width="18"
      height="18"
      viewBox="0 0 16 16"
    >
      <title>{label}</title>
      <path
        d={PATHS[strategy]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
