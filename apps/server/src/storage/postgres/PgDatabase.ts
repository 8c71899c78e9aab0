import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { SECRET_KEY_BYTES } from '../../access/loadSecretKey'

/**
 * Schema steps, applied in order on start and recorded in `samkart_schema`. Bump by appending a
 * step; never edit one that shipped. The same tables as the SQLite file (see `SqliteStorage`),
 * plus the link-signing secret, which instances must share, and (step 2) the dot votes.
 */
const SCHEMA_STEPS: readonly string[] = [
  `CREATE TABLE boards (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     created_at TEXT NOT NULL,
     edited_at TEXT NOT NULL,
     ord BIGINT GENERATED ALWAYS AS IDENTITY
   );
   CREATE TABLE snapshots (
     board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE,
     state BYTEA NOT NULL
   );
   -- One sequence for every board's log: numbers are unique across instances without a query.
   CREATE TABLE updates (
     seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
     data BYTEA NOT NULL
   );
   CREATE INDEX updates_by_board ON updates(board_id, seq);
   CREATE TABLE versions (
     board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
     id TEXT NOT NULL,
     created_at TEXT NOT NULL,
     info TEXT NOT NULL,
     encoding TEXT NOT NULL,
     state BYTEA NOT NULL,
     ord BIGINT GENERATED ALWAYS AS IDENTITY,
     PRIMARY KEY (board_id, id)
   );
   CREATE INDEX versions_by_time ON versions(board_id, created_at);
   CREATE TABLE share_links (
     id TEXT PRIMARY KEY,
     board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
     role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'facilitator')),
     created_at BIGINT NOT NULL,
     expires_at BIGINT,
     revoked_at BIGINT,
     ord BIGINT GENERATED ALWAYS AS IDENTITY
   );
   CREATE INDEX share_links_by_board ON share_links(board_id, created_at);
   CREATE TABLE secret (
     only_one BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_one),
     key BYTEA NOT NULL
   );`,
  // Dot votes (see PgVoteStore): shared, so a vote started on one instance takes dots on all.
  // The partial unique index keeps one open vote per board across instances.
  `CREATE TABLE votes (
     board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
     vote_id TEXT NOT NULL,
     dots_per_person INTEGER NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'revealed')),
     ends_at BIGINT,
     items JSONB NOT NULL,
     PRIMARY KEY (board_id, vote_id)
   );
   CREATE UNIQUE INDEX votes_one_open ON votes(board_id) WHERE status = 'open';
   CREATE TABLE vote_dots (
     board_id TEXT NOT NULL,
     vote_id TEXT NOT NULL,
     participant_id TEXT NOT NULL,
     item_id TEXT NOT NULL,
     dots INTEGER NOT NULL CHECK (dots > 0),
     PRIMARY KEY (board_id, vote_id, participant_id, item_id),
     FOREIGN KEY (board_id, vote_id) REFERENCES votes(board_id, vote_id) ON DELETE CASCADE
   );
   CREATE TABLE vote_voters (
     board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
     participant_id TEXT NOT NULL,
     key_hash TEXT NOT NULL,
     PRIMARY KEY (board_id, participant_id)
   );`,
]

/** First key of every advisory lock Samkart takes (the second is the board's `hashtext`). */
export const LOCK_SPACE = 0x5a4b // "ZK"
/** Advisory lock (in {@link LOCK_SPACE}) held while the schema is brought up to date. */
const SCHEMA_LOCK = 0

/** Connection pool size per instance; see docs/deploy.md for sizing against `max_connections`. */
export const POOL_SIZE = 10

/**
 * One instance's connection pool to the shared PostgreSQL database, with the schema brought
 * up to date. Opened once per server and shared by its `PgStorage`, `PgLinkStore` and
 * `PgVoteStore`.
 */
export class PgDatabase {
  private constructor(readonly pool: pg.Pool) {}

  /**
   * Connects to `url` and migrates the schema under an advisory lock, so instances starting
   * at once neither race nor fail: the second waits and finds the work done.
   */
  static async open(url: string, poolSize = POOL_SIZE): Promise<PgDatabase> {
    const pool = new pg.Pool({ connectionString: url, max: poolSize })
    // An idle client's error (the server restarted) must not crash the process; the pool
    // replaces the client on the next query.
    pool.on('error', () => undefined)
    try {
      await migrateSchema(pool)
    } catch (err) {
      await pool.end()
      throw err
    }
    return new PgDatabase(pool)
  }

  /** Runs `work` in one transaction (committed if it resolves, rolled back if it throws). */
  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    const client = await this.pool.connect()
    try {
      await client.query(begin)
      const result = await work(client)
      await client.query('COMMIT')
      return result
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw err
    } finally {
      client.release()
    }
  }

  /**
   * The token-signing secret every instance shares: made (32 random bytes) by the first
   * instance that starts, read by all others. It lives with the boards, so a backup of the
   * database is a backup of every link, and no file needs copying between machines.
   */
  async secret(): Promise<Buffer> {
    await this.pool.query('INSERT INTO secret (key) VALUES ($1) ON CONFLICT DO NOTHING', [
      randomBytes(SECRET_KEY_BYTES),
    ])
    const { rows } = await this.pool.query<{ key: Buffer }>('SELECT key FROM secret')
    const key = rows[0]?.key
    if (!key || key.length !== SECRET_KEY_BYTES)
      throw new Error(`the database's secret is not ${SECRET_KEY_BYTES} bytes; restore it`)
    return key
  }

  /** Sets the shared secret (migrating a data folder keeps its links working). */
  async replaceSecret(key: Buffer): Promise<void> {
    if (key.length !== SECRET_KEY_BYTES)
      throw new Error(`a secret must be ${SECRET_KEY_BYTES} bytes, not ${key.length}`)
    await this.pool.query(
      'INSERT INTO secret (key) VALUES ($1) ON CONFLICT (only_one) DO UPDATE SET key = excluded.key',
      [key],
    )
  }

  private closed = false

  /** Ends the pool; safe to call more than once, like the SQLite store's `close`. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.pool.end()
  }
}

async function migrateSchema(pool: pg.Pool): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_SPACE, SCHEMA_LOCK])
    await client.query('CREATE TABLE IF NOT EXISTS samkart_schema (version INTEGER NOT NULL)')
    const { rows } = await client.query<{ version: number }>('SELECT version FROM samkart_schema')
    const current = rows[0]?.version ?? 0
    if (current > SCHEMA_STEPS.length)
      throw new Error(
        `the database has Samkart schema version ${current}; this server knows ${SCHEMA_STEPS.length}`,
      )
    for (let version = current; version < SCHEMA_STEPS.length; version++)
      await client.query(SCHEMA_STEPS[version]!)
    if (rows.length === 0)
      await client.query('INSERT INTO samkart_schema (version) VALUES ($1)', [SCHEMA_STEPS.length])
    else await client.query('UPDATE samkart_schema SET version = $1', [SCHEMA_STEPS.length])
    await client.query('COMMIT')
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw err
  } finally {
    client.release()
  }
}
