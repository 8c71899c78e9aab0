import { type Edge, type ReactFlowState, useStore } from '@xyflow/react'
import { getNodesInside } from '@xyflow/system'
import { useCallback, useMemo } from 'react'
import { relationsNearView } from './nearView'

/**
 * The ids of the cards in view, the way React Flow's `onlyRenderVisibleElements` finds them
 * (partly in view counts), one per line: a string, so a store change that leaves the set as it
 * was (most frames of a drag) returns an equal value and re-renders nothing.
 */
const cardsInViewKey = (s: ReactFlowState) =>
  s.width && s.height
    ? getNodesInside(
        s.nodeLookup,
        { x: 0, y: 0, width: s.width, height: s.height },
        s.transform,
        true,
      )
        .map((node) => node.id)
        .join('\n')
    : ''

/**
 * On a culled board (`enabled`), the relations with an end in view (see
 * {@link relationsNearView}); otherwise `edges` as they are. Must be called inside React
 * Flow's provider.
 */
export function useRelationsNearView<E extends Edge>(edges: E[], enabled: boolean): E[] {
  // Without relations there is nothing to choose, and no work per store change (a drag's).
  const active = enabled && edges.length > 0
  const key = useStore(useCallback((s) => (active ? cardsInViewKey(s) : ''), [active]))
  return useMemo(
    () => (active ? (relationsNearView(edges, new Set(key.split('\n'))) as E[]) : edges),
    [edges, active, key],
  )
}
