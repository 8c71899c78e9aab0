import * as Y from 'yjs'
import {
  type BoardDiff,
  type BoardSnapshot,
  type BoardVersion,
  boardDiff,
  boardSnapshot,
  migrateBoard,
} from '@samkart/model'

/** One side of a comparison: a stored version, or the live board at the moment of comparing. */
export interface CompareSide {
  /** `null` for the live board («Nå»). */
  version: BoardVersion | null
  snapshot: BoardSnapshot
}

/**
 * What the board page shows: the live board, one stored version read-only, or a comparison
 * of two. A version's document is a separate `Y.Doc`, never connected to anything.
 */
export type HistoryView =
  | { mode: 'live' }
  | { mode: 'version'; version: BoardVersion; doc: Y.Doc }
  | { mode: 'compare'; before: CompareSide; after: CompareSide; diff: BoardDiff }

/** A read-only document of a version's stored state, brought to the current format. */
export function versionDoc(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, state)
  migrateBoard(doc)
  return doc
}

/** A comparison of two sides, `before` the older. */
export function comparison(before: CompareSide, after: CompareSide): HistoryView {
  return { mode: 'compare', before, after, diff: boardDiff(before.snapshot, after.snapshot) }
}

/** The snapshot of a version's state. */
export function versionSnapshot(state: Uint8Array): BoardSnapshot {
  const doc = versionDoc(state)
  try {
    return boardSnapshot(doc)
  } finally {
    doc.destroy()
  }
}
