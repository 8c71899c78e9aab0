import type { Node } from '@xyflow/react'
import { useMemo } from 'react'
import { createSelectionApplier } from './applySelection'
import type { SelectionStore } from './selectionStore'
import { useSelection } from './useSelection'

/** The view's nodes with `selected` derived from the shared selection store. */
export function useSelectedNodes<N extends Node>(nodes: N[], store: SelectionStore): N[] {
  const { actors } = useSelection(store)
  const apply = useMemo(() => createSelectionApplier<N>(), [])
  return useMemo(() => apply(nodes, (id) => actors.has(id)), [apply, nodes, actors])
}
