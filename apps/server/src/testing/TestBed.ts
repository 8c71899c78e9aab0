import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { ClientOptions } from 'ws'
import * as Y from 'yjs'
import type { BoardRecord } from '../storage/Storage'
import { type CreateServerOptions, type SamkartServer, createServer } from '../createServer'
import { createLogger } from '../log'
import { DATABASE_FILE } from '../storage/SqliteStorage'
import { type RawClient, type TestClient, connectClient, connectRaw } from './clients'

/** A server started by a {@link TestBed}, with what tests need around it. */
export interface TestServer extends SamkartServer {
  dataDir: string
  /** Every log line the server wrote. */
  logs: string[]
  /** Creates a board through the HTTP API. */
  createBoard(title?: string): Promise<BoardRecord>
  client(boardId: string): Promise<TestClient>
  raw(boardId: string, options?: ClientOptions): Promise<RawClient>
}

/**
 * Owns everything a test starts (temp folders, servers, clients) and tears it all down in
 * `cleanup()`, which tests call from `afterEach`. Real parts throughout: a real SQLite file in
 * a temp folder, a real server on a free port, real y-websocket clients.
 */
export class TestBed {
  private readonly disposers: (() => void | Promise<void>)[] = []

  /** A fresh temporary folder, removed on cleanup. */
  tempDir(prefix = 'samkart-test-'): string {
    const dir = mkdtempSync(join(tmpdir(), prefix))
    this.disposers.push(() => rmSync(dir, { recursive: true, force: true }))
    return dir
  }

  /** Starts a server on a free port with a temp data folder (unless given) and quiet logs. */
  async server(options: CreateServerOptions = {}): Promise<TestServer> {
    const dataDir = options.dataDir ?? this.tempDir()
    const logs: string[] = []
    const server = await createServer({
      host: '127.0.0.1',
      port: 0,
      staticDir: join(dataDir, 'no-web-app'),
      unloadGraceMs: 60_000,
      logger: createLogger('debug', (_level, line) => logs.push(line)),
      ...options,
      dataDir,
    })
    this.disposers.push(() => server.close())
    const track = <T extends { destroy(): void }>(client: T): T => {
      this.disposers.push(() => client.destroy())
      return client
    }
    return {
      ...server,
      dataDir,
      logs,
      createBoard: async (title = 'Testtavle') => {
        const res = await fetch(`${server.url}/api/boards`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title }),
        })
        if (res.status !== 201) throw new Error(`board not created: ${res.status}`)
        return (await res.json()) as BoardRecord
      },
      client: async (boardId) => track(await connectClient(server.wsUrl, boardId)),
      raw: async (boardId, options) => track(await connectRaw(server.wsUrl, boardId, options)),
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
 * Reads a board straight from the SQLite file (read-only, beside the running server) and
 * rebuilds its document: what a restart would load. Also returns how many log rows it has.
 */
export function readStoredBoard(dataDir: string, boardId: string): { doc: Y.Doc; updates: number } {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true })
  try {
    const snapshot = db
      .prepare<[string], { state: Buffer }>('SELECT state FROM snapshots WHERE board_id = ?')
      .get(boardId)
    const updates = db
      .prepare<[string], { data: Buffer }>(
        'SELECT data FROM updates WHERE board_id = ? ORDER BY seq',
      )
      .all(boardId)
    const doc = new Y.Doc()
    const parts = [...(snapshot ? [snapshot.state] : []), ...updates.map((u) => u.data)]
    if (parts.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(parts))
    return { doc, updates: updates.length }
  } finally {
    db.close()
  }
}
