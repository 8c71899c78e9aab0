import {
  type BoardConnection,
  type LocalCopy,
  type Presence,
  type UndoHistory,
  createPresence,
  createUndoHistory,
  openLocalCopy,
} from '@samkart/collab'
import { CloseCode } from '@samkart/model'
import type * as Y from 'yjs'

/**
 * Close codes after which the browser's copy must go: refused content, no board, or no access
 * any more (an invalid, another board's, a revoked or an expired link): a person whose link was
 * withdrawn must not keep the board offline.
 */
const DROP_COPY_CODES: ReadonlySet<number> = new Set([
  CloseCode.BadMessage,
  CloseCode.TokenInvalid,
  CloseCode.TokenWrongBoard,
  CloseCode.BoardNotFound,
  CloseCode.TokenRevoked,
  CloseCode.TokenExpired,
  CloseCode.RejectedUpdate,
])

/** What a board session adds to the document and its socket for working together. */
export interface BoardCollab {
  localCopy: LocalCopy
  undo: UndoHistory
  presence: Presence
  destroy(): void
}

/** The browser's storage, or none where the browser refuses it (some private modes). */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

/**
 * Opens the board's copy in this browser (IndexedDB), this tab's undo history and its
 * presence. The copy is dropped when the server refused what this tab holds (the copy would
 * send it again on every visit), says the board is gone, or no longer lets this link in.
 */
export function openBoardCollab(
  doc: Y.Doc,
  boardId: string,
  connection: BoardConnection,
  guestNames: readonly string[],
  participantId?: string,
): BoardCollab {
  const localCopy = openLocalCopy(doc, boardId)
  const undo = createUndoHistory(doc)
  const presence = createPresence(connection.awareness, {
    storage: browserStorage(),
    guestNames,
    participantId,
  })
  const stopWatching = connection.lastClose.subscribe(() => {
    const close = connection.lastClose.get()
    if (close && DROP_COPY_CODES.has(close.code)) void localCopy.clear()
  })
  return {
    localCopy,
    undo,
    presence,
    destroy() {
      stopWatching()
      presence.destroy()
      undo.destroy()
      localCopy.destroy()
    },
  }
}
