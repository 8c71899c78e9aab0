import type { Edge } from '@xyflow/react'

/**
 * The relations worth drawing on a culled (big) board: those with at least one end among the
 * cards in view, and the selected one wherever it is.
 *
 * React Flow's own culling keeps every edge whose bounding box crosses the view, which on a big
 * board with long relations is most of them: on the 3,000-actor benchmark board, 1,093 of 2,000
 * relations for 156 cards in view, almost all passing through the view between two cards
 * that are not. Such a line says nothing one can read (neither end is there to name it), costs
 * a React component with some thirty hooks, and made the wall of lines seen in the screenshots.
 * A line with one end in view does say something: this card is related to one out of view.
 *
 * Returns `edges` itself when nothing is left out, so a caller's memo holds.
 */
export function relationsNearView<E extends Edge>(
  edges: readonly E[],
  cardsInView: ReadonlySet<string>,
): readonly E[] {
  const near = edges.filter(
    (edge) => edge.selected || cardsInView.has(edge.source) || cardsInView.has(edge.target),
  )
  return near.length === edges.length ? edges : near
}
