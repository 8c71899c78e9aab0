import { type InternalNode, type ReactFlowState, useStore } from '@xyflow/react'
import { useCallback } from 'react'

type Ends = readonly [InternalNode | undefined, InternalNode | undefined]
const sameEnds = (a: Ends, b: Ends) => a[0] === b[0] && a[1] === b[1]

/**
 * The two nodes an edge runs between, as React Flow holds them; the edge re-renders when either
 * changes (moves, is measured) and not otherwise. One store subscription for both ends, not
 * React Flow's `useInternalNode` twice: every store change (each frame of a pan or a drag)
 * calls each subscription's selector, and a network view draws a thousand relations. Must be
 * called inside React Flow's provider.
 */
export function useEdgeEnds(source: string, target: string): Ends {
  return useStore(
    useCallback(
      (s: ReactFlowState) => [s.nodeLookup.get(source), s.nodeLookup.get(target)] as const,
      [source, target],
    ),
    sameEnds,
  )
}
