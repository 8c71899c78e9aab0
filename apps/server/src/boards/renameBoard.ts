import {
  type BoardLock,
  type Result,
  type Role,
  fail,
  lockOf,
  ok,
  readLocks,
  setBoardTitle,
} from '@samkart/model'
import type { BoardRecord, Storage } from '../storage/Storage'
import type { BoardRooms } from '../sync/BoardRooms'

/** Outcome of {@link renameBoard}: renamed, refused by the model, or held by a lock. */
export type RenameOutcome = Result<BoardRecord> | { ok: false; locked: BoardLock }

/**
 * Renames a board in its live document (loading it if no one has it open), so every connected
 * client sees the new title at once and the board list follows, exactly as when a client
 * renames it. The title is checked by the model's `setBoardTitle`. A lock on the title (`meta`,
 * the board lock) holds an editor back here as it does over the socket, read in the same edit
 * so a lock cannot slip in between. `undefined`: no such board.
 */
export async function renameBoard(
  rooms: BoardRooms,
  storage: Storage,
  boardId: string,
  title: unknown,
  role: Role,
): Promise<RenameOutcome | undefined> {
  if (typeof title !== 'string')
    return fail({
      code: title === undefined ? 'required' : 'invalid_type',
      entity: 'board',
      field: 'title',
      message: 'board.title: must be text',
    })
  const outcome = await rooms.withRoom(boardId, (room) =>
    // A lock is an outcome of the edit, not a refusal of the title: `ok(lock)` changes nothing.
    room.edit((doc, origin): Result<BoardLock | null> => {
      const lock = role === 'facilitator' ? null : lockOf(readLocks(doc), 'meta')
      if (lock) return ok(lock)
      const renamed = setBoardTitle(doc, title, { origin })
      return renamed.ok ? ok(null) : renamed
    }),
  )
  if (!outcome.found) return undefined
  if (!outcome.value.ok) return outcome.value
  if (outcome.value.value) return { ok: false, locked: outcome.value.value }
  const board = await storage.getBoard(boardId)
  return board && ok(board)
}
