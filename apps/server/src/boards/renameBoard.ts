import { type Result, fail, ok, setBoardTitle } from '@samkart/model'
import type { BoardRecord, Storage } from '../storage/Storage'
import type { BoardRooms } from '../sync/BoardRooms'

/**
 * Renames a board in its live document (loading it if no one has it open), so every connected
 * client sees the new title at once and the board list follows, exactly as when a client
 * renames it. The title is checked by the model's `setBoardTitle`. `undefined`: no such board.
 */
export async function renameBoard(
  rooms: BoardRooms,
  storage: Storage,
  boardId: string,
  title: unknown,
): Promise<Result<BoardRecord> | undefined> {
  if (typeof title !== 'string')
    return fail({
      code: title === undefined ? 'required' : 'invalid_type',
      entity: 'board',
      field: 'title',
      message: 'board.title: must be text',
    })
  const outcome = await rooms.withRoom(boardId, (room) =>
    room.edit((doc, origin) => setBoardTitle(doc, title, { origin })),
  )
  if (!outcome.found) return undefined
  if (!outcome.value.ok) return outcome.value
  const board = await storage.getBoard(boardId)
  return board && ok(board)
}
