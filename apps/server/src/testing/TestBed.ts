import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import type { ClientOptions } from 'ws'
import * as Y from 'yjs'
import type { BoardRecord } from '../storage/Storage'
import { type CreateServerOptions, type SamkartServer, createServer } from '../createServer'
import { createLogger } from '../log'
import { JOURNAL_FOLDER } from '../storage/openStorage'
import { DATABASE_FILE } from '../storage/SqliteStorage'
import { UpdateJournal } from '../storage/UpdateJournal'
import { type RawClient, type TestClient, connectClient, connectRaw } from './clients'
import { type StoreKind, freshDatabaseUrl, useServicesFor } from './stores'

/** A board as `POST /api/boards` answers: with the creator's facilitator token. */
export interface CreatedBoard extends BoardRecord {
  role: 'facilitator'
  token: string
}

/** Options of {@link TestServer.api}. */
export interface ApiOptions {
  method?: string
  /** Sent as `Authorization: Bearer`; `null` sends none. */
  token?: string | null
  /** Sent as JSON. */
  body?: unknown
  headers?: Record<string, string>
}

/** A server started by a {@link TestBed}, with what tests need around it. */
export interface TestServer extends SamkartServer {
  dataDir: string
  /** The PostgreSQL database it stores boards in; `''`: SQLite in `dataDir`. */
  databaseUrl: string
  /** Every log line the server wrote. */
  logs: string[]
  /** Creates a board through the HTTP API, remembering its token for the helpers below. */
  createBoard(title?: string): Promise<CreatedBoard>
  /** The facilitator token the board was created with (by {@link TestServer.createBoard}). */
  tokenOf(boardId: string): string | undefined
  /** Creates a share link through the API with the creator's token; returns its token. */
  link(boardId: string, role: string, expiresAt?: string): Promise<string>
  /**
   * A real client; `token` defaults to the creator's, `null` connects without one;
   * `participantId` is sent as the web app sends its browser's id (none if absent).
   */
  client(boardId: string, token?: string | null, participantId?: string): Promise<TestClient>
  /** A bare socket; `token` as for {@link TestServer.client}. */
  raw(boardId: string, options?: ClientOptions, token?: string | null): Promise<RawClient>
  /** Calls the HTTP API at `path` (e.g. `/api/boards/x`). */
  api(path: string, options?: ApiOptions): Promise<Response>
}

/**
 * Owns everything a test starts (temp folders, servers, clients) and tears it all down in
 * `cleanup()`, which tests call from `afterEach`. Real parts throughout: a real SQLite file in
 * a temp folder, a real server on a free port, real y-websocket clients.
 */
export class TestBed {
  private readonly disposers: (() => void | Promise<void>)[] = []

  /**
   * @param store where its servers keep boards: SQLite in their data folder, or (`postgres`)
   *   a fresh database on the test file's own PostgreSQL server per server, unless a test
   *   passes `databaseUrl` (a restart on the same database). Create the bed while tests are
   *   collected (in a `describe` body): it stops that PostgreSQL after them.
   */
  constructor(readonly store: StoreKind = 'sqlite') {
    useServicesFor(store)
  }

  /** A fresh temporary folder, removed on cleanup. */
  tempDir(prefix = 'samkart-test-'): string {
    const dir = mkdtempSync(join(tmpdir(), prefix))
    this.disposers.push(() => rmSync(dir, { recursive: true, force: true }))
    return dir
  }

  /** Starts a server on a free port with a temp data folder (unless given) and quiet logs. */
  async server(options: CreateServerOptions = {}): Promise<TestServer> {
    const dataDir = options.dataDir ?? this.tempDir()
    const databaseUrl =
      options.databaseUrl ?? (this.store === 'postgres' ? await freshDatabaseUrl() : '')
    const logs: string[] = []
    const server = await createServer({
      host: '127.0.0.1',
      port: 0,
      staticDir: join(dataDir, 'no-web-app'),
      unloadGraceMs: 60_000,
      logger: createLogger('debug', (_level, line) => logs.push(line)),
      ...options,
      dataDir,
      databaseUrl,
    })
    this.disposers.push(() => server.close())
    const track = <T extends { destroy(): void }>(client: T): T => {
      this.disposers.push(() => client.destroy())
      return client
    }
    const tokens = new Map<string, string>()
    const tokenFor = (boardId: string, token: string | null | undefined) =>
      token === undefined ? tokens.get(boardId) : token
    const api = (path: string, { method, token, body, headers = {} }: ApiOptions = {}) =>
      fetch(`${server.url}${path}`, {
        method: method ?? (body === undefined ? 'GET' : 'POST'),
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    return {
      ...server,
      dataDir,
      databaseUrl,
      logs,
      api,
      tokenOf: (boardId) => tokens.get(boardId),
      createBoard: async (title = 'Testtavle') => {
        const res = await api('/api/boards', { body: { title } })
        if (res.status !== 201) throw new Error(`board not created: ${res.status}`)
        const board = (await res.json()) as CreatedBoard
        tokens.set(board.id, board.token)
        return board
      },
      link: async (boardId, role, expiresAt) => {
        const res = await api(`/api/boards/${boardId}/links`, {
          token: tokens.get(boardId),
          body: { role, expiresAt },
        })
        if (res.status !== 201) throw new Error(`link not created: ${res.status}`)
        return ((await res.json()) as { token: string }).token
      },
      client: async (boardId, token, participantId) =>
        track(await connectClient(server.wsUrl, boardId, tokenFor(boardId, token), participantId)),
      raw: async (boardId, options, token) =>
        track(await connectRaw(server.wsUrl, boardId, options, tokenFor(boardId, token))),
    }
  }

  /** Registers extra teardown work. */
  onCleanup(dispose: () => void | Promise<void>): void {
    this.disposers.push(dispose)
  }

  /** Tears down in reverse order: clients, then servers, then folders. */
  async cleanup(): Promise<void> {
    const disposers = this.disposers.splice(0).reverse()
    for (const dispose of disposers) await dispose()
  }
}

/**
 * Reads a board straight from the SQLite file (read-only, beside the running server) and the
 * update journal, and rebuilds its document: what a restart would load. Also returns how many
 * log rows it has in SQLite and how many records in the journal.
 */
export function readStoredBoard(
  dataDir: string,
  boardId: string,
): { doc: Y.Doc; updates: number; journaled: number } {
  // The journal first, then the database in one transaction: see loadStoredBoard.
  const journaled = UpdateJournal.updatesOf(join(dataDir, JOURNAL_FOLDER), boardId)
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true })
  try {
    const { snapshot, updates } = db.transaction(() => ({
      snapshot: db
        .prepare<[string], { state: Buffer }>('SELECT state FROM snapshots WHERE board_id = ?')
        .get(boardId),
      updates: db
        .prepare<[string], { data: Buffer }>(
          'SELECT data FROM updates WHERE board_id = ? ORDER BY seq',
        )
        .all(boardId),
    }))()
    const doc = new Y.Doc()
    const parts = [
      ...(snapshot ? [snapshot.state] : []),
      ...updates.map((u) => u.data),
      ...journaled,
    ]
    if (parts.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(parts))
    return { doc, updates: updates.length, journaled: journaled.length }
  } finally {
    db.close()
  }
}

/**
 * What a restart of `server` would load for a board, from whichever store it uses (beside the
 * running server): see {@link readStoredBoard}. `journaled` is always 0 for PostgreSQL, which
 * has no journal.
 */
export async function readStored(
  server: { dataDir: string; databaseUrl: string },
  boardId: string,
): Promise<{ doc: Y.Doc; updates: number; journaled: number }> {
  if (server.databaseUrl === '') return readStoredBoard(server.dataDir, boardId)
  const client = new pg.Client({ connectionString: server.databaseUrl })
  await client.connect()
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const snapshot = await client.query<{ state: Buffer }>(
      'SELECT state FROM snapshots WHERE board_id = $1',
      [boardId],
    )
    const updates = await client.query<{ data: Buffer }>(
      'SELECT data FROM updates WHERE board_id = $1 ORDER BY seq',
      [boardId],
    )
    await client.query('COMMIT')
    const parts = [...snapshot.rows.map((r) => r.state), ...updates.rows.map((r) => r.data)]
    const doc = new Y.Doc()
    if (parts.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(parts))
    return { doc, updates: updates.rowCount ?? 0, journaled: 0 }
  } finally {
    await client.end()
  }
}
