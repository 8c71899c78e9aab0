import * as Y from 'yjs'
import {
  type Result,
  createId,
  fail,
  metaRoot,
  ok,
  readMeta,
  setBoardTitle,
  validateBoardTitle,
} from '@samkart/model'
import type { BoardRecord, Storage } from '../storage/Storage'
import type { BoardRooms } from '../sync/BoardRooms'

/**
 * Copies a board into a new one: the source's live state (everything its clients have had
 * stored, taken in its room's queue; loaded and migrated first if no one has it open) under a
 * new id, with a new creation time and `title`, or the source's title when none is given (the
 * web app sends a translated "Copy of …"; the server invents no wording). The title is checked
 * by the model. `undefined`: no such source board.
 */
export async function duplicateBoard(
  rooms: BoardRooms,
  storage: Storage,
  sourceId: string,
  title: unknown,
): Promise<Result<BoardRecord> | undefined> {
  if (title !== undefined) {
    const error = validateBoardTitle(title)
    if (error) return fail(error)
  }
  const outcome = await rooms.withRoom(sourceId, (room) =>
    room.run((doc) => Y.encodeStateAsUpdate(doc)),
  )
  if (!outcome.found) return undefined
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, outcome.value)
    const renamed = setBoardTitle(doc, typeof title === 'string' ? title : readMeta(doc).title)
    if (!renamed.ok) return renamed
    const createdAt = new Date().toISOString()
    // `createdAt` belongs to the server: clients may not change it, the copy is new.
    metaRoot(doc).set('createdAt', createdAt)
    const board: BoardRecord = { id: createId(), title: readMeta(doc).title, createdAt }
    await storage.createBoard(board, Y.encodeStateAsUpdate(doc))
    return ok(board)
  } finally {
    doc.destroy()
  }
}
