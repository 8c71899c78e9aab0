import { useCallback, useRef, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

/**
 * `read(doc)`, re-read after every change to the roots named in `roots`. The value is kept
 * while it stays equal (`same`), so a change elsewhere on the root re-renders nothing.
 */
export function useDocRead<T>(
  doc: Y.Doc,
  roots: readonly string[],
  read: (doc: Y.Doc) => T,
  same: (a: T, b: T) => boolean,
): T {
  const cache = useRef<{ value: T } | null>(null)
  const key = roots.join('\n')
  const subscribe = useCallback(
    (listener: () => void) => {
      const maps = key.split('\n').map((root) => doc.getMap(root))
      const onChange = () => {
        cache.current = null
        listener()
      }
      for (const map of maps) map.observeDeep(onChange)
      return () => {
        for (const map of maps) map.unobserveDeep(onChange)
      }
    },
    [doc, key],
  )
  const get = () => {
    const fresh = read(doc)
    if (cache.current && same(cache.current.value, fresh)) return cache.current.value
    cache.current = { value: fresh }
    return fresh
  }
  return useSyncExternalStore(subscribe, get)
}

/** Equality by JSON: for the small plain values read here (locks, steps, presentation). */
export const sameJson = <T>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b)
