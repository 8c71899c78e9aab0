import type { AccessControl } from '../access/AccessControl'
import type { Storage } from '../storage/Storage'
import type { BoardRooms } from '../sync/BoardRooms'

/**
 * Deletes a board for good: its connected clients are closed with 4404 (`board_deleted`, so
 * they stop reconnecting), then its document, log and share links are removed. Returns
 * whether the board existed.
 */
export async function deleteBoard(
  rooms: BoardRooms,
  storage: Storage,
  access: AccessControl,
  boardId: string,
): Promise<boolean> {
  return rooms.deleteBoard(boardId, async () => {
    const existed = await storage.deleteBoard(boardId)
    await access.forgetBoard(boardId)
    return existed
  })
}
