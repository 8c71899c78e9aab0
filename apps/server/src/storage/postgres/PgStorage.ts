import { promisify } from 'node:util'
import { gunzip, gzip } from 'node:zlib'
import * as Y from 'yjs'
import { type BoardVersion, parseBoardVersion } from '@samkart/model'
import type {
  BoardListing,
  BoardRecord,
  BoardUpdate,
  Storage,
  StoredBoard,
  StoredVersion,
} from '../Storage'
import { LOCK_SPACE, type PgDatabase } from './PgDatabase'

/** The board's advisory lock: appends hold it shared, compaction exclusively. */
const BOARD_LOCK = 'hashtext($1)'

/**
 * {@link Storage} in a PostgreSQL database shared by any number of instances.
 *
 * - `appendUpdate` is one statement (its own transaction): it takes the board's advisory lock
 *   shared, inserts the row and stamps the board. It resolves after the commit, so the room
 *   relays only what is in PostgreSQL.
 * - `compact` takes the board's lock exclusively, so no append of any instance runs while it
 *   reads the log and deletes exactly the rows it read. It writes the union of the old
 *   snapshot, the log and the caller's state: an instance whose document has not yet received
 *   another instance's latest update (still on its way through Redis) cannot drop it.
 * - Two instances compacting one board queue on the lock and both write a correct snapshot.
 */
export class PgStorage implements Storage {
  constructor(private readonly db: PgDatabase) {}

  async createBoard(board: BoardRecord, initialState: Uint8Array): Promise<void> {
    await this.db.transaction(async (client) => {
      await client.query(
        'INSERT INTO boards (id, title, created_at, edited_at) VALUES ($1, $2, $3, $3)',
        [board.id, board.title, board.createdAt],
      )
      await client.query('INSERT INTO snapshots (board_id, state) VALUES ($1, $2)', [
        board.id,
        Buffer.from(initialState),
      ])
    })
  }

  async listBoards(): Promise<BoardListing[]> {
    const { rows } = await this.db.pool.query<{
      id: string
      title: string
      created_at: string
      edited_at: string
      bytes: string
    }>(
      `SELECT b.id, b.title, b.created_at, b.edited_at,
         coalesce((SELECT sum(octet_length(state)) FROM snapshots WHERE board_id = b.id), 0) +
         coalesce((SELECT sum(octet_length(data)) FROM updates WHERE board_id = b.id), 0) AS bytes
       FROM boards b ORDER BY b.created_at DESC, b.ord DESC`,
    )
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      createdAt: row.created_at,
      editedAt: row.edited_at || row.created_at,
      bytes: Number(row.bytes),
    }))
  }

  async getBoard(id: string): Promise<BoardRecord | undefined> {
    const { rows } = await this.db.pool.query<{ id: string; title: string; created_at: string }>(
      'SELECT id, title, created_at FROM boards WHERE id = $1',
      [id],
    )
    const row = rows[0]
    return row && { id: row.id, title: row.title, createdAt: row.created_at }
  }

  async loadBoard(id: string): Promise<StoredBoard | undefined> {
    // One snapshot of the database for all three reads: a compaction committing in between
    // cannot make an update appear twice or not at all.
    return this.db.transaction(async (client) => {
      const { rows } = await client.query<{ id: string; title: string; created_at: string }>(
        'SELECT id, title, created_at FROM boards WHERE id = $1',
        [id],
      )
      const row = rows[0]
      if (!row) return undefined
      const snapshot = await client.query<{ state: Buffer }>(
        'SELECT state FROM snapshots WHERE board_id = $1',
        [id],
      )
      const updates = await client.query<{ data: Buffer }>(
        'SELECT data FROM updates WHERE board_id = $1 ORDER BY seq',
        [id],
      )
      return {
        board: { id: row.id, title: row.title, createdAt: row.created_at },
        snapshot: snapshot.rows[0]?.state ?? null,
        updates: updates.rows.map((r) => r.data),
      }
    }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
  }

  async appendUpdate(id: string, update: Uint8Array): Promise<void> {
    await this.db.pool.query(
      `WITH locked AS (SELECT pg_advisory_xact_lock_shared($3, ${BOARD_LOCK})),
            added AS (INSERT INTO updates (board_id, data) SELECT $1, $2 FROM locked
                      RETURNING board_id)
       UPDATE boards SET edited_at = $4 WHERE id = (SELECT board_id FROM added)`,
      [id, Buffer.from(update), LOCK_SPACE, new Date().toISOString()],
    )
  }

  async appendUpdates(entries: readonly BoardUpdate[]): Promise<number> {
    if (entries.length === 0) return 0
    return this.db.transaction(async (client) => {
      const ids = [...new Set(entries.map((e) => e.boardId))]
      const { rows } = await client.query<{ id: string }>(
        'SELECT id FROM boards WHERE id = ANY($1)',
        [ids],
      )
      const known = new Set(rows.map((r) => r.id))
      for (const id of [...known].sort())
        await client.query(`SELECT pg_advisory_xact_lock_shared($2, ${BOARD_LOCK})`, [
          id,
          LOCK_SPACE,
        ])
      let appended = 0
      for (const { boardId, update } of entries) {
        if (!known.has(boardId)) continue
        await client.query('INSERT INTO updates (board_id, data) VALUES ($1, $2)', [
          boardId,
          Buffer.from(update),
        ])
        appended++
      }
      await client.query('UPDATE boards SET edited_at = $2 WHERE id = ANY($1)', [
        [...known],
        new Date().toISOString(),
      ])
      return appended
    })
  }

  async compact(id: string, state: Uint8Array): Promise<void> {
    await this.db.transaction(async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock($2, ${BOARD_LOCK})`, [id, LOCK_SPACE])
      const snapshot = await client.query<{ state: Buffer }>(
        'SELECT state FROM snapshots WHERE board_id = $1',
        [id],
      )
      const log = await client.query<{ seq: string; data: Buffer }>(
        'SELECT seq, data FROM updates WHERE board_id = $1 ORDER BY seq',
        [id],
      )
      const parts = [...snapshot.rows.map((r) => r.state), ...log.rows.map((r) => r.data), state]
      const merged = parts.length === 1 ? state : Y.mergeUpdates(parts)
      await client.query(
        'INSERT INTO snapshots (board_id, state) SELECT $1, $2 WHERE EXISTS ' +
          '(SELECT 1 FROM boards WHERE id = $1) ' +
          'ON CONFLICT (board_id) DO UPDATE SET state = excluded.state',
        [id, Buffer.from(merged)],
      )
      if (log.rows.length > 0)
        await client.query('DELETE FROM updates WHERE board_id = $1 AND seq = ANY($2)', [
          id,
          log.rows.map((r) => r.seq),
        ])
    })
  }

  async setTitle(id: string, title: string): Promise<void> {
    await this.db.pool.query('UPDATE boards SET title = $2 WHERE id = $1', [id, title])
  }

  async deleteBoard(id: string): Promise<boolean> {
    const result = await this.db.pool.query('DELETE FROM boards WHERE id = $1', [id])
    return (result.rowCount ?? 0) > 0
  }

  async addVersion(boardId: string, version: BoardVersion, state: Uint8Array): Promise<void> {
    const packed = await gzipAsync(state)
    await this.db.pool.query(
      'INSERT INTO versions (board_id, id, created_at, info, encoding, state) ' +
        "VALUES ($1, $2, $3, $4, 'gzip', $5)",
      [boardId, version.id, version.createdAt, JSON.stringify(version), packed],
    )
  }

  async listVersions(boardId: string): Promise<BoardVersion[]> {
    const { rows } = await this.db.pool.query<{ info: string }>(
      'SELECT info FROM versions WHERE board_id = $1 ORDER BY created_at DESC, ord DESC',
      [boardId],
    )
    return rows.flatMap((row) => readInfo(row.info))
  }

  async loadVersion(boardId: string, versionId: string): Promise<StoredVersion | undefined> {
    const { rows } = await this.db.pool.query<{ info: string; encoding: string; state: Buffer }>(
      'SELECT info, encoding, state FROM versions WHERE board_id = $1 AND id = $2',
      [boardId, versionId],
    )
    const row = rows[0]
    const [version] = row ? readInfo(row.info) : []
    if (!row || !version) return undefined
    const state = row.encoding === 'gzip' ? await gunzipAsync(row.state) : row.state
    return { version, state: new Uint8Array(state.buffer, state.byteOffset, state.byteLength) }
  }

  async deleteVersions(boardId: string, versionIds: readonly string[]): Promise<number> {
    const result = await this.db.pool.query(
      'DELETE FROM versions WHERE board_id = $1 AND id = ANY($2)',
      [boardId, [...versionIds]],
    )
    return result.rowCount ?? 0
  }

  async close(): Promise<void> {
    await this.db.close()
  }
}

const gzipAsync = promisify(gzip)
const gunzipAsync = promisify(gunzip)

function readInfo(info: string): BoardVersion[] {
  try {
    const version = parseBoardVersion(JSON.parse(info))
    return version ? [version] : []
  } catch {
    return []
  }
}
