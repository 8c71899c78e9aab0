/**
 * One board in the administrator's overview (`GET /api/boards` with the admin token). The
 * server sends it and the web app reads it; this is the one definition both use.
 */
export interface AdminBoardListing {
  id: string
  title: string
  /** ISO 8601. */
  createdAt: string
  /** ISO 8601: the last stored edit, else creation. */
  editedAt: string
  /** People connected to the board right now, on this server. */
  participants: number
  /** Bytes stored for the board (snapshot and log; versions not included). */
  bytes: number
}

/** The body of `GET /api/boards`. */
export interface AdminBoardList {
  boards: AdminBoardListing[]
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** Reads a `GET /api/boards` body, leaving out entries that are not board listings. */
export function parseAdminBoardList(body: unknown): AdminBoardListing[] | null {
  if (!isRecord(body) || !Array.isArray(body.boards)) return null
  return body.boards.flatMap((b): AdminBoardListing[] => {
    if (!isRecord(b)) return []
    const { id, title, createdAt, editedAt, participants, bytes } = b
    if (typeof id !== 'string' || typeof title !== 'string' || typeof createdAt !== 'string')
      return []
    return [
      {
        id,
        title,
        createdAt,
        editedAt: typeof editedAt === 'string' ? editedAt : createdAt,
        participants: typeof participants === 'number' ? participants : 0,
        bytes: typeof bytes === 'number' ? bytes : 0,
      },
    ]
  })
}
