import * as Y from 'yjs'
import { type Result, createId, fail, initBoard, ok } from '@samkart/model'
import type { BoardRecord, Storage } from '../storage/Storage'

/**
 * Creates a board: a fresh document initialised by `initBoard` (here, on the server, never by
 * a client, so two clients cannot both seed it) and stored with its listing in one write.
 * Returns the model's validation error for a bad title.
 */
export async function createBoard(storage: Storage, title: unknown): Promise<Result<BoardRecord>> {
  if (typeof title !== 'string')
    return fail({
      code: title === undefined ? 'required' : 'invalid_type',
      entity: 'board',
      field: 'title',
      message: 'board.title: must be text',
    })
  const doc = new Y.Doc()
  try {
    const meta = initBoard(doc, { title })
    if (!meta.ok) return meta
    const board: BoardRecord = {
      id: createId(),
      title: meta.value.title,
      createdAt: meta.value.createdAt,
    }
    await storage.createBoard(board, Y.encodeStateAsUpdate(doc))
    return ok(board)
  } finally {
    doc.destroy()
  }
}
