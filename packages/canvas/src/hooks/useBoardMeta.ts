import { type BoardMeta, metaRoot, readMeta } from '@samkart/model'
import { useCallback, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

/**
 * The board's metadata (title and so on), re-read whenever the meta map changes. Reads are
 * cached per change so `useSyncExternalStore` sees a stable snapshot.
 */
export function useBoardMeta(doc: Y.Doc): BoardMeta {
  const subscribe = useCallback(
    (notify: () => void) => {
      const root = metaRoot(doc)
      root.observe(notify)
      return () => root.unobserve(notify)
    },
    [doc],
  )
  const snapshot = useCallback(() => cachedMeta(doc), [doc])
  return useSyncExternalStore(subscribe, snapshot, snapshot)
}

const cache = new WeakMap<Y.Doc, BoardMeta>()

function cachedMeta(doc: Y.Doc): BoardMeta {
  const fresh = readMeta(doc)
  const old = cache.get(doc)
  if (
    old &&
    old.title === fresh.title &&
    old.createdAt === fresh.createdAt &&
    old.schemaVersion === fresh.schemaVersion &&
    old.template === fresh.template
  )
    return old
  cache.set(doc, fresh)
  return fresh
}
