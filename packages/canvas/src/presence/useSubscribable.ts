import { useSyncExternalStore } from 'react'
import type { Subscribable } from './canvasPresence'

const noSubscribe = () => () => {}

/** The store's current value, re-rendering on change; `fallback` without a store. */
export function useSubscribable<T>(store: Subscribable<T> | undefined, fallback: T): T {
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, store ? store.get : () => fallback)
}
