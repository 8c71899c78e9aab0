import type { PgDatabase } from '../storage/postgres/PgDatabase'
import type { LinkStore, ShareLink } from './LinkStore'
import { isRole } from './Role'

interface LinkRow {
  id: string
  board_id: string
  role: string
  created_at: string
  expires_at: string | null
  revoked_at: string | null
}

/**
 * Share links in the shared PostgreSQL database (table `share_links`, made with the other
 * tables by `PgDatabase`), so a link made on one instance opens its board on every instance.
 * Shares its pool with the server's `PgStorage`.
 */
export class PgLinkStore implements LinkStore {
  constructor(private readonly db: PgDatabase) {}

  async create(link: ShareLink): Promise<void> {
    await this.db.pool.query(
      'INSERT INTO share_links (id, board_id, role, created_at, expires_at, revoked_at) ' +
        'VALUES ($1, $2, $3, $4, $5, $6)',
      [link.id, link.boardId, link.role, link.createdAt, link.expiresAt, link.revokedAt],
    )
  }

  async get(id: string): Promise<ShareLink | undefined> {
    const { rows } = await this.db.pool.query<LinkRow>('SELECT * FROM share_links WHERE id = $1', [
      id,
    ])
    return rows[0] && toLink(rows[0])
  }

  async list(boardId: string): Promise<ShareLink[]> {
    const { rows } = await this.db.pool.query<LinkRow>(
      'SELECT * FROM share_links WHERE board_id = $1 ORDER BY created_at, ord',
      [boardId],
    )
    return rows.map(toLink)
  }

  async revoke(id: string, at: number): Promise<boolean> {
    const result = await this.db.pool.query(
      'UPDATE share_links SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL',
      [id, at],
    )
    return (result.rowCount ?? 0) > 0
  }

  async deleteBoardLinks(boardId: string): Promise<void> {
    await this.db.pool.query('DELETE FROM share_links WHERE board_id = $1', [boardId])
  }

  /** Closes the pool it shares with the storage (whichever closes first ends it). */
  async close(): Promise<void> {
    await this.db.close()
  }
}

/** BIGINT columns arrive as strings (node-postgres keeps 64-bit exact); times fit a double. */
const time = (value: string | null): number | null => (value === null ? null : Number(value))

function toLink(row: LinkRow): ShareLink {
  if (!isRole(row.role)) throw new Error(`share link ${row.id} has an unknown role`)
  return {
    id: row.id,
    boardId: row.board_id,
    role: row.role,
    createdAt: Number(row.created_at),
    expiresAt: time(row.expires_at),
    revokedAt: time(row.revoked_at),
  }
}
