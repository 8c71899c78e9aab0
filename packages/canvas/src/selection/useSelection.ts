import { useSyncExternalStore } from 'react'
import type { Selection, SelectionStore } from './selectionStore'

/** The store's current selection; re-renders the caller only when the selection changes. */
export function useSelection(store: SelectionStore): Selection {
  return useSyncExternalStore(store.subscribe, store.get, store.get)
}
