import { join } from 'node:path'
import Database from 'better-sqlite3'
import { DATABASE_FILE } from '../storage/SqliteStorage'
import type { LinkStore, ShareLink } from './LinkStore'
import { isRole } from './Role'

/**
 * The links table. Created here, not in `SqliteStorage`'s versioned steps, so the two stores
 * evolve independently; `IF NOT EXISTS` makes it safe on every start. Deleting a board row
 * removes its links through the foreign key (the storage connection enables foreign keys).
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS share_links (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'facilitator')),
    created_at INTEGER NOT NULL,
    expires_at INTEGER,
    revoked_at INTEGER
  ) STRICT;
  CREATE INDEX IF NOT EXISTS share_links_by_board ON share_links(board_id, created_at);`

interface LinkRow {
  id: string
  board_id: string
  role: string
  created_at: number
  expires_at: number | null
  revoked_at: number | null
}

/**
 * Share links in the same SQLite file as the boards (`<dataDir>/samkart.sqlite`), through a
 * connection of its own. better-sqlite3 is synchronous and neither store holds a transaction
 * across an `await`, so the two connections in one thread never wait for each other, and one
 * file keeps "back up the data folder" true.
 */
export class SqliteLinkStore implements LinkStore {
  private readonly statements

  private constructor(private readonly db: Database.Database) {
    this.statements = {
      insert: db.prepare(
        'INSERT INTO share_links (id, board_id, role, created_at, expires_at, revoked_at) ' +
          'VALUES (?, ?, ?, ?, ?, ?)',
      ),
      get: db.prepare<[string], LinkRow>('SELECT * FROM share_links WHERE id = ?'),
      list: db.prepare<[string], LinkRow>(
        'SELECT * FROM share_links WHERE board_id = ? ORDER BY created_at, rowid',
      ),
      revoke: db.prepare(
        'UPDATE share_links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
      ),
      deleteBoardLinks: db.prepare('DELETE FROM share_links WHERE board_id = ?'),
    }
  }

  /**
   * Opens the links table in `<dataDir>/samkart.sqlite`. Open `SqliteStorage` first: it creates
   * the file and the `boards` table the links refer to.
   */
  static open(dataDir: string): SqliteLinkStore {
    const db = new Database(join(dataDir, DATABASE_FILE))
    try {
      db.pragma('journal_mode = WAL')
      db.pragma('foreign_keys = ON')
      db.pragma('busy_timeout = 5000')
      db.exec(SCHEMA)
    } catch (err) {
      db.close()
      throw err
    }
    return new SqliteLinkStore(db)
  }

  async create(link: ShareLink): Promise<void> {
    this.statements.insert.run(
      link.id,
      link.boardId,
      link.role,
      link.createdAt,
      link.expiresAt,
      link.revokedAt,
    )
  }

  async get(id: string): Promise<ShareLink | undefined> {
    const row = this.statements.get.get(id)
    return row && toLink(row)
  }

  async list(boardId: string): Promise<ShareLink[]> {
    return this.statements.list.all(boardId).map(toLink)
  }

  async revoke(id: string, at: number): Promise<boolean> {
    return this.statements.revoke.run(at, id).changes > 0
  }

  async deleteBoardLinks(boardId: string): Promise<void> {
    this.statements.deleteBoardLinks.run(boardId)
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close()
  }
}

function toLink(row: LinkRow): ShareLink {
  // The CHECK constraint keeps other values out; this guards against a hand-edited file.
  if (!isRole(row.role)) throw new Error(`share link ${row.id} has an unknown role`)
  return {
    id: row.id,
    boardId: row.board_id,
    role: row.role,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  }
}
