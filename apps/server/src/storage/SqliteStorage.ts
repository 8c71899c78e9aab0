import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzip, gzip } from 'node:zlib'
import Database from 'better-sqlite3'
import type { SqliteSyncMode } from '../config'
import { type BoardVersion, parseBoardVersion } from '@samkart/model'
import type {
  BoardListing,
  BoardRecord,
  BoardUpdate,
  Storage,
  StoredBoard,
  StoredVersion,
} from './Storage'

/** File name inside the data folder. */
export const DATABASE_FILE = 'samkart.sqlite'

/** Bumped (with a step in `SCHEMA_STEPS`) whenever the tables change. */
const SCHEMA_STEPS: readonly string[] = [
  `CREATE TABLE boards (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     created_at TEXT NOT NULL
   ) STRICT;
   CREATE TABLE snapshots (
     board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE,
     state BLOB NOT NULL
   ) STRICT;
   CREATE TABLE updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
     data BLOB NOT NULL
   ) STRICT;
   CREATE INDEX updates_by_board ON updates(board_id, seq);`,
  // The log clustered by board, numbered by the server: one B-tree write per update instead of
  // three (row, index, AUTOINCREMENT counter); measured 52 → 26 µs per append.
  `CREATE TABLE updates_v2 (
     board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
     seq INTEGER NOT NULL,
     data BLOB NOT NULL,
     PRIMARY KEY (board_id, seq)
   ) STRICT, WITHOUT ROWID;
   INSERT INTO updates_v2 (board_id, seq, data) SELECT board_id, seq, data FROM updates;
   DROP TABLE updates;
   ALTER TABLE updates_v2 RENAME TO updates;`,
  // When a board was last edited, for the administrator's overview: set once per stored batch
  // of updates, not per update, so the hot append path gains no write.
  `ALTER TABLE boards ADD COLUMN edited_at TEXT NOT NULL DEFAULT '';
   UPDATE boards SET edited_at = created_at;`,
  // Versions beside the board, never read when it loads. A rowid table (not WITHOUT ROWID):
  // the state blobs are large, and the list reads only the small columns through the index.
  `CREATE TABLE versions (
     board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
     id TEXT NOT NULL,
     created_at TEXT NOT NULL,
     info TEXT NOT NULL,
     encoding TEXT NOT NULL,
     state BLOB NOT NULL
   ) STRICT;
   CREATE UNIQUE INDEX versions_by_id ON versions(board_id, id);
   CREATE INDEX versions_by_time ON versions(board_id, created_at, info);`,
]

interface BoardRow {
  id: string
  title: string
  created_at: string
}
interface ListingRow extends BoardRow {
  edited_at: string
  bytes: number
}
const toRecord = (row: BoardRow): BoardRecord => ({
  id: row.id,
  title: row.title,
  createdAt: row.created_at,
})

/** Options for {@link SqliteStorage.open}. */
export interface SqliteStorageOptions {
  /**
   * `normal` (default): a commit reaches the OS before `appendUpdate` returns, so it survives a
   * crash or `kill -9` of the server process; on power loss or an OS crash the last commits
   * may roll back (the database itself stays intact). Clients that still hold those edits send
   * them again when they reconnect. `full` also fsyncs every commit, surviving power loss too,
   * at 0.1–0.5 ms per update on the measured machine (docs/performance.md).
   */
  sync?: SqliteSyncMode
}

/**
 * The default {@link Storage}: one SQLite file in WAL mode, written through better-sqlite3's
 * synchronous API. Synchronous is the point: when `appendUpdate` returns, the row is committed,
 * so the sync layer can broadcast knowing a crash cannot lose what clients saw.
 */
export class SqliteStorage implements Storage {
  private readonly statements
  /**
   * Last log number per board, so appending needs no query. Numbers only grow (compaction does
   * not reset them), and this process is the file's only writer.
   */
  private readonly lastSeq = new Map<string, number>()

  private constructor(private readonly db: Database.Database) {
    this.statements = {
      insertBoard: db.prepare('INSERT INTO boards (id, title, created_at) VALUES (?, ?, ?)'),
      listBoards: db.prepare<[], ListingRow>(
        'SELECT b.id, b.title, b.created_at, b.edited_at, ' +
          '(SELECT coalesce(sum(length(state)), 0) FROM snapshots WHERE board_id = b.id) + ' +
          '(SELECT coalesce(sum(length(data)), 0) FROM updates WHERE board_id = b.id) AS bytes ' +
          // rowid breaks ties between boards created in the same millisecond.
          'FROM boards b ORDER BY b.created_at DESC, b.rowid DESC',
      ),
      setEdited: db.prepare('UPDATE boards SET edited_at = ? WHERE id = ?'),
      getBoard: db.prepare<[string], BoardRow>(
        'SELECT id, title, created_at FROM boards WHERE id = ?',
      ),
      getSnapshot: db.prepare<[string], { state: Buffer }>(
        'SELECT state FROM snapshots WHERE board_id = ?',
      ),
      getUpdates: db.prepare<[string], { data: Buffer }>(
        'SELECT data FROM updates WHERE board_id = ? ORDER BY seq',
      ),
      appendUpdate: db.prepare('INSERT INTO updates (board_id, seq, data) VALUES (?, ?, ?)'),
      lastSeq: db.prepare<[string], { seq: number | null }>(
        'SELECT max(seq) AS seq FROM updates WHERE board_id = ?',
      ),
      putSnapshot: db.prepare(
        'INSERT INTO snapshots (board_id, state) VALUES (?, ?) ' +
          'ON CONFLICT (board_id) DO UPDATE SET state = excluded.state',
      ),
      deleteUpdates: db.prepare('DELETE FROM updates WHERE board_id = ?'),
      setTitle: db.prepare('UPDATE boards SET title = ? WHERE id = ?'),
      deleteBoard: db.prepare('DELETE FROM boards WHERE id = ?'),
      insertVersion: db.prepare(
        'INSERT INTO versions (board_id, id, created_at, info, encoding, state) ' +
          'VALUES (?, ?, ?, ?, ?, ?)',
      ),
      listVersions: db.prepare<[string], { info: string }>(
        'SELECT info FROM versions WHERE board_id = ? ORDER BY created_at DESC, rowid DESC',
      ),
      getVersion: db.prepare<[string, string], { info: string; encoding: string; state: Buffer }>(
        'SELECT info, encoding, state FROM versions WHERE board_id = ? AND id = ?',
      ),
      deleteVersion: db.prepare('DELETE FROM versions WHERE board_id = ? AND id = ?'),
    }
  }

  /** Opens (creating the folder, file and tables if needed) `<dataDir>/samkart.sqlite`. */
  static open(dataDir: string, options: SqliteStorageOptions = {}): SqliteStorage {
    mkdirSync(dataDir, { recursive: true })
    const db = new Database(join(dataDir, DATABASE_FILE))
    try {
      db.pragma('journal_mode = WAL')
      db.pragma(`synchronous = ${options.sync === 'full' ? 'FULL' : 'NORMAL'}`)
      db.pragma('foreign_keys = ON')
      // Another process (a backup, sqlite3 CLI) may hold the lock briefly; wait rather than fail.
      db.pragma('busy_timeout = 5000')
      migrateSchema(db)
    } catch (err) {
      db.close()
      throw err
    }
    return new SqliteStorage(db)
  }

  /**
   * Opens an existing `<dataDir>/samkart.sqlite` for reading only, beside a running server
   * (WAL lets readers in while it writes), for the headless export. Refuses a missing file and
   * one whose tables this code does not know, rather than creating or migrating anything; any
   * write through it fails.
   */
  static openReadOnly(dataDir: string): SqliteStorage {
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true })
    try {
      db.pragma('busy_timeout = 5000')
      const version = db.pragma('user_version', { simple: true }) as number
      if (version !== SCHEMA_STEPS.length)
        throw new Error(
          `${DATABASE_FILE} has schema version ${version}; this code reads ${SCHEMA_STEPS.length} (start the server once to upgrade it)`,
        )
    } catch (err) {
      db.close()
      throw err
    }
    return new SqliteStorage(db)
  }

  async createBoard(board: BoardRecord, initialState: Uint8Array): Promise<void> {
    this.db.transaction(() => {
      this.statements.insertBoard.run(board.id, board.title, board.createdAt)
      this.statements.setEdited.run(board.createdAt, board.id)
      this.statements.putSnapshot.run(board.id, initialState)
    })()
  }

  async listBoards(): Promise<BoardListing[]> {
    return this.statements.listBoards.all().map((row) => ({
      ...toRecord(row),
      editedAt: row.edited_at || row.created_at,
      bytes: row.bytes,
    }))
  }

  async getBoard(id: string): Promise<BoardRecord | undefined> {
    const row = this.statements.getBoard.get(id)
    return row && toRecord(row)
  }

  async loadBoard(id: string): Promise<StoredBoard | undefined> {
    // One read transaction, so the snapshot and the log are from the same moment.
    return this.db.transaction(() => {
      const row = this.statements.getBoard.get(id)
      if (!row) return undefined
      const snapshot = this.statements.getSnapshot.get(id)?.state ?? null
      const updates = this.statements.getUpdates.all(id).map((r) => r.data)
      return { board: toRecord(row), snapshot, updates }
    })()
  }

  async appendUpdate(id: string, update: Uint8Array): Promise<void> {
    this.db.transaction(() => {
      this.append(id, update)
      this.statements.setEdited.run(new Date().toISOString(), id)
    })()
  }

  async appendUpdates(entries: readonly BoardUpdate[]): Promise<number> {
    return this.db.transaction(() => {
      const exists = new Map<string, boolean>()
      let appended = 0
      for (const { boardId, update } of entries) {
        let known = exists.get(boardId)
        if (known === undefined)
          exists.set(boardId, (known = this.statements.getBoard.get(boardId) !== undefined))
        if (known) {
          this.append(boardId, update)
          appended++
        }
      }
      const now = new Date().toISOString()
      for (const [boardId, known] of exists) if (known) this.statements.setEdited.run(now, boardId)
      return appended
    })()
  }

  async compact(id: string, state: Uint8Array): Promise<void> {
    this.db.transaction(() => {
      this.statements.putSnapshot.run(id, state)
      this.statements.deleteUpdates.run(id)
    })()
  }

  async setTitle(id: string, title: string): Promise<void> {
    this.statements.setTitle.run(title, id)
  }

  async deleteBoard(id: string): Promise<boolean> {
    this.lastSeq.delete(id)
    return this.statements.deleteBoard.run(id).changes > 0
  }

  async addVersion(boardId: string, version: BoardVersion, state: Uint8Array): Promise<void> {
    // Compressed on libuv's thread pool, not the event loop: a 5,000-entity state is 2.6 MB,
    // and gzip takes it to about a quarter (docs/performance.md).
    const packed = await gzipAsync(state)
    this.statements.insertVersion.run(
      boardId,
      version.id,
      version.createdAt,
      JSON.stringify(version),
      'gzip',
      packed,
    )
  }

  async listVersions(boardId: string): Promise<BoardVersion[]> {
    return this.statements.listVersions.all(boardId).flatMap((row) => readInfo(row.info))
  }

  async loadVersion(boardId: string, versionId: string): Promise<StoredVersion | undefined> {
    const row = this.statements.getVersion.get(boardId, versionId)
    const [version] = row ? readInfo(row.info) : []
    if (!row || !version) return undefined
    const state = row.encoding === 'gzip' ? await gunzipAsync(row.state) : row.state
    return { version, state: new Uint8Array(state.buffer, state.byteOffset, state.byteLength) }
  }

  async deleteVersions(boardId: string, versionIds: readonly string[]): Promise<number> {
    return this.db.transaction(() =>
      versionIds.reduce((n, id) => n + this.statements.deleteVersion.run(boardId, id).changes, 0),
    )()
  }

  async close(): Promise<void> {
    if (!this.db.open) return
    // Fold the WAL into the main file so a copied `samkart.sqlite` alone is a complete backup.
    // A read-only reader (the headless export) leaves that to the server.
    if (!this.db.readonly) this.db.pragma('wal_checkpoint(TRUNCATE)')
    this.db.close()
  }

  private append(id: string, update: Uint8Array): void {
    const seq = (this.lastSeq.get(id) ?? this.statements.lastSeq.get(id)?.seq ?? 0) + 1
    this.statements.appendUpdate.run(id, seq, update)
    this.lastSeq.set(id, seq)
  }

  /** Runs a read-only query; for tests and diagnostics, not for the sync path. */
  inspect<T>(sql: string, ...params: unknown[]): T[] {
    return this.db.prepare(sql).all(...params) as T[]
  }
}

const gzipAsync = promisify(gzip)
const gunzipAsync = promisify(gunzip)

/** A version's stored description; a row this code cannot read is left out of lists. */
function readInfo(info: string): BoardVersion[] {
  try {
    const version = parseBoardVersion(JSON.parse(info))
    return version ? [version] : []
  } catch {
    return []
  }
}

/** Applies the schema steps the file has not seen yet, tracked in `PRAGMA user_version`. */
function migrateSchema(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > SCHEMA_STEPS.length)
    throw new Error(
      `${DATABASE_FILE} has schema version ${current}; this server knows ${SCHEMA_STEPS.length}`,
    )
  for (let version = current; version < SCHEMA_STEPS.length; version++) {
    db.transaction(() => {
      db.exec(SCHEMA_STEPS[version]!)
      db.pragma(`user_version = ${version + 1}`)
    })()
  }
}
