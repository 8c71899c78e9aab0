import * as Y from 'yjs'
import { forgetLiveWorkshop, metaRoot, readMeta, setBoardTitle } from '@samkart/model'
import { type BuildOutcome, modelRefusal } from './BuildOutcome'

/**
 * A copy of a board's state as a new board, meant for a worker thread: the source's state with
 * `title` (the source's own when absent) and a new creation time, as one update. The source's
 * state is taken in its room's queue; everything else happens here. Refuses a title the model
 * refuses.
 */
export function buildBoardCopy(
  source: Uint8Array,
  title: string | undefined,
  now: Date,
): BuildOutcome {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, source)
    const renamed = setBoardTitle(doc, title ?? readMeta(doc).title)
    if (!renamed.ok) return modelRefusal(renamed.error)
    // `createdAt` belongs to the server: clients may not change it, and the copy is new.
    const createdAt = now.toISOString()
    metaRoot(doc).set('createdAt', createdAt)
    // Open votes' dots and the running timer belong to the original board.
    forgetLiveWorkshop(doc)
    const state = Y.encodeStateAsUpdate(doc)
    return { ok: true, board: { title: readMeta(doc).title, createdAt, state } }
  } finally {
    doc.destroy()
  }
}
