import { metaRoot } from '@samkart/model'
import { IndexeddbPersistence } from 'y-indexeddb'
import type * as Y from 'yjs'
import { type ReadableStore, createStore } from '../statusStore'

/**
 * The browser's copy of a board:
 * - `loading`: reading it from IndexedDB;
 * - `ready`: read (and kept up to date from now on); `hasBoard` says whether it held one;
 * - `unavailable`: this browser gives us no IndexedDB (some private modes), so edits made
 *   offline live only in the open tab.
 */
export type LocalCopyState = 'loading' | 'ready' | 'unavailable'

/** A board's copy in this browser, kept in step with the document. */
export interface LocalCopy {
  readonly state: ReadableStore<LocalCopyState>
  /** Whether the document holds a board (its metadata), from the copy or from the server. */
  hasBoard(): boolean
  /**
   * Deletes the copy and stops keeping it, e.g. when the server says the board is gone or
   * refused what this tab holds (the copy would send the refused edit again on every visit).
   */
  clear(): Promise<void>
  destroy(): void
}

/** The IndexedDB database name of a board's copy. */
export const localCopyName = (boardId: string) => `samkart-board:${boardId}`

/**
 * Keeps `doc` in IndexedDB (y-indexeddb) under the board's id. What it loads is applied as an
 * update with the persistence as origin, so it is never an undo step and counts as not yet
 * confirmed by the server (the copy may hold edits made offline before a reload).
 */
export function openLocalCopy(
  doc: Y.Doc,
  boardId: string,
  indexedDb: IDBFactory | undefined = globalThis.indexedDB,
): LocalCopy {
  const state = createStore<LocalCopyState>(indexedDb ? 'loading' : 'unavailable')
  const hasBoard = () => metaRoot(doc).size > 0
  if (!indexedDb)
    return { state, hasBoard, clear: () => Promise.resolve(), destroy: () => undefined }

  let persistence: IndexeddbPersistence | null = new IndexeddbPersistence(
    localCopyName(boardId),
    doc,
  )
  persistence.on('synced', () => state.set('ready'))
  persistence._db.catch(() => {
    // Blocked or broken storage: carry on without a copy.
    state.set('unavailable')
    persistence?.destroy().catch(() => undefined)
    persistence = null
  })

  return {
    state,
    hasBoard,
    async clear() {
      const p = persistence
      persistence = null
      state.set('unavailable')
      if (p) await p.clearData()
    },
    destroy() {
      const p = persistence
      persistence = null
      p?.destroy().catch(() => undefined)
    },
  }
}
