import type { Node } from '@xyflow/react'
import { useMemo, useState } from 'react'
import { usePeersDragging } from '../presence/usePeersDragging'
import { type NodePlacerOptions, type PlacedNodes, createNodePlacer } from './createNodePlacer'

/**
 * The view's cards as drawn: placed so that none covers another (see {@link createNodePlacer}),
 * with the markers of those drawn away from their true point. `options` is read once; pass a
 * module constant. Cards someone else is dragging are held like this tab's own dragged cards.
 */
export function usePlacedNodes<N extends Node>(
  nodes: N[],
  options: NodePlacerOptions<N>,
): PlacedNodes<N> {
  const [place] = useState(() => createNodePlacer(options))
  const held = usePeersDragging()
  return useMemo(() => place(nodes, held), [place, nodes, held])
}
