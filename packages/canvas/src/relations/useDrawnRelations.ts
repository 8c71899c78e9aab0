import { type Edge, type Node, useStore } from '@xyflow/react'
import { useDeferredValue, useMemo } from 'react'
import { FAR_ZOOM } from '../matrix/farCards'
import { type FarRelationGroup, createFarRelationPainter } from './createFarRelationPainter'
import type { RelationEdgeData } from './relationEdges'
import { type FarRelationSplit, splitFarRelations } from './splitFarRelations'
import { useRelationsNearView } from './useRelationsNearView'

const NO_EDGES: Edge[] = []
const NO_SPLIT: FarRelationSplit<Edge> = { edges: NO_EDGES, far: NO_EDGES }
const NO_GROUPS: FarRelationGroup[] = []

/** What {@link useDrawnRelations} needs besides the edges. */
export interface DrawnRelationsOptions {
  /** A big board: only what is near the view is drawn (`CULL_FROM_CARDS`). */
  culled: boolean
  /** The edges are relations, which the far-zoom layer may paint (not the lens's arrows). */
  paintsFar: boolean
  /** Every card and note of the view, for the painted lines' ends. */
  nodes: readonly Node[]
  /** The selected cards: their relations stay edges when zoomed out. */
  selected: ReadonlySet<string>
}

/** The relations a canvas draws, and how. */
export interface DrawnRelations {
  /** What React Flow is given. */
  edges: Edge[]
  /** What the far-zoom layer paints (`FarRelations`). */
  farGroups: readonly FarRelationGroup[]
  /** A big board zoomed out past `FAR_ZOOM` (cards are blocks). */
  far: boolean
  /** The deferred render has caught up: every relation wanted is drawn. */
  caughtUp: boolean
}

/**
 * Which relations a canvas draws and how. On a big board (`culled`): only those with an end
 * in view (`useRelationsNearView`), in a render of their own right after the cards, so the
 * first cards are not held back by a few thousand lines (later changes are deferred the same
 * way, behind input); zoomed out to blocks, React Flow draws only those being worked on and the
 * rest are painted by one layer (`splitFarRelations`, `createFarRelationPainter`): a thousand
 * edge components cost the network view's opening 0.3–0.6 s (docs/performance.md «Big boards»
 * §11). Must be called inside React Flow's provider.
 */
export function useDrawnRelations(
  edges: Edge[],
  { culled, paintsFar, nodes, selected }: DrawnRelationsOptions,
): DrawnRelations {
  const near = useRelationsNearView(edges, culled)
  // Blocks only on a big board, where they are for speed: a workshop's sixteen cards, which
  // the network view can open below FAR_ZOOM on a tablet, stay cards one can recognise.
  const far = useStore((s) => s.transform[2] < FAR_ZOOM) && culled
  const painting = far && paintsFar
  const split = useMemo<FarRelationSplit<Edge>>(
    () => (painting ? splitFarRelations(near, selected) : { edges: near, far: NO_EDGES }),
    [painting, near, selected],
  )
  const shown = useDeferredValue(split, culled ? NO_SPLIT : undefined)
  const paint = useMemo(() => createFarRelationPainter(), [])
  const farGroups = useMemo(
    () => (shown.far.length ? paint(shown.far as Edge<RelationEdgeData>[], nodes) : NO_GROUPS),
    [paint, shown.far, nodes],
  )
  return { edges: shown.edges as Edge[], farGroups, far, caughtUp: shown === split }
}
