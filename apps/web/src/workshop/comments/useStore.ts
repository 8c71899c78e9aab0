import type { ReadableStore } from '@samkart/collab'
import { useSyncExternalStore } from 'react'

/** A store's current value, re-rendering on change. */
export function useStore<T>(store: ReadableStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get)
}
