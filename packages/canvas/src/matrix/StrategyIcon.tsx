import type { ActorStrategy } from '@samkart/model'
import type { CSSProperties } from 'react'
import { iconMask } from './iconMask'
import './icon.css'

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

const SHAPES = Object.fromEntries(
  Object.entries(PATHS).map(([strategy, d]) => [
    strategy,
    iconMask(
      16,
      `<path d="${d}" fill="none" stroke="black" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`,
    ),
  ]),
) as Record<Exclude<ActorStrategy, ''>, CSSProperties>

/** Props of {@link StrategyIcon}. */
export interface StrategyIconProps {
  strategy: Exclude<ActorStrategy, ''>
  /** The strategy in words: a tooltip for sighted users; the card's description reads it too. */
  label: string
}

/** The actor's strategy as an icon with its name as a tooltip. */
export function StrategyIcon({ strategy, label }: StrategyIconProps) {
  return (
    <span
      className="samkart-icon samkart-strategy-icon"
      data-strategy={strategy}
      aria-hidden="true"
      title={label}
      style={SHAPES[strategy]}
    />
  )
}
