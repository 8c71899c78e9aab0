import type { Edge } from '@xyflow/react'

/** The relations React Flow draws as edges, and those the far-zoom layer paints. */
export interface FarRelationSplit<E extends Edge> {
  edges: readonly E[]
  far: readonly E[]
}

/**
 * Zoomed out to blocks on a big board, most relations are painted by the far-zoom layer
 * (`FarRelations`): lines one cannot aim at, whose words are not shown at that zoom anyway.
 * What someone is working on stays a React Flow edge, selectable, focusable and drawn with its
 * halo: the selected relation and every relation of a selected (or dragged) card, so a keyboard
 * user who picks a card from the list can still Tab to its relations.
 */
export function splitFarRelations<E extends Edge>(
  edges: readonly E[],
  selectedActors: ReadonlySet<string>,
): FarRelationSplit<E> {
  const kept: E[] = []
  const far: E[] = []
  for (const edge of edges)
    (edge.selected || selectedActors.has(edge.source) || selectedActors.has(edge.target)
      ? kept
      : far
    ).push(edge)
  return { edges: kept, far }
}
