import { ACTOR_CATEGORIES, type ActorCategory } from '@samkart/model'

/** One key entry drawn under an exported map. */
export type LegendEntry =
  | { kind: 'category'; category: ActorCategory; label: string; color: string }
  | { kind: 'relation'; label: string; color: string; dash: number[]; linecap: CanvasLineCap }

/** Designsystemet colour per category, as the cards' category tags use them. */
const CATEGORY_COLOURS: Record<ActorCategory, string> = {
  viktig: '--ds-color-accent-text-default',
  moderat: '--ds-color-warning-text-default',
  lav: '--ds-color-neutral-text-default',
}
const FALLBACK_COLOUR = '#1e2b3c'

/**
 * The key to what a picture of the actor map shows: the three categories (with the same full,
 * half and empty circles as the cards) and, where the view draws relations, each relation type
 * with its colour and dash pattern, read from the map's key on the page so the picture
 * matches the screen.
 */
export function readLegend(
  root: ParentNode,
  categoryLabel: (category: ActorCategory) => string,
): LegendEntry[] {
  const style = getComputedStyle(document.documentElement)
  const categories: LegendEntry[] = ACTOR_CATEGORIES.map((category) => ({
    kind: 'category',
    category,
    label: categoryLabel(category),
    color: style.getPropertyValue(CATEGORY_COLOURS[category]).trim() || FALLBACK_COLOUR,
  }))
  const relations: LegendEntry[] = [
    ...root.querySelectorAll<HTMLElement>('.samkart-legend [data-relation-type]'),
  ].flatMap((item) => {
    const line = item.querySelector('line')
    const label = item.textContent?.trim() ?? ''
    if (!line || !label) return []
    const dash = (line.getAttribute('stroke-dasharray') ?? '')
      .split(/[\s,]+/)
      .map(Number)
      .filter((n) => Number.isFinite(n) && n >= 0)
    const cap = line.getAttribute('stroke-linecap')
    return [
      {
        kind: 'relation' as const,
        label,
        color: line.getAttribute('stroke') ?? FALLBACK_COLOUR,
        dash,
        linecap: cap === 'round' || cap === 'square' ? cap : 'butt',
      },
    ]
  })
  return [...categories, ...relations]
}
