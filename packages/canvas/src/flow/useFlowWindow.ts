import type { Edge, Node, ReactFlowState } from '@xyflow/react'
import { useStore } from '@xyflow/react'
import { useMemo } from 'react'
import { nodesInWindow, windowRect } from './flowWindow'

/**
 * The window as a string, so a store change that leaves it where it was (most frames of a pan
 * or a drag) returns an equal value and re-renders nothing.
 */
const windowKey = (s: ReactFlowState) => {
  const rect = windowRect({
    x: s.transform[0],
    y: s.transform[1],
    zoom: s.transform[2],
    width: s.width,
    height: s.height,
  })
  return rect ? `${rect.x} ${rect.y} ${rect.width} ${rect.height}` : ''
}
const noKey = () => ''

/**
 * On a culled board (`enabled`), the nodes React Flow needs for the part of the board around
 * the view (see {@link nodesInWindow}), given `edges`, the edges it is given in the same render;
 * otherwise `nodes` as they are. Must be called inside React Flow's provider.
 */
export function useFlowWindow<N extends Node>(
  nodes: N[],
  edges: readonly Edge[],
  enabled: boolean,
): N[] {
  const key = useStore(enabled ? windowKey : noKey)
  return useMemo(() => {
    if (!enabled) return nodes
    const [x = 0, y = 0, width = 0, height = 0] = key.split(' ').map(Number)
    // Until the pane has a size, only what must be there; the window follows within a frame.
    return nodesInWindow(nodes, key ? { x, y, width, height } : null, edges)
  }, [nodes, edges, enabled, key])
}
