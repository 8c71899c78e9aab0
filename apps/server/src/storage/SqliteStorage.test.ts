import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { DATABASE_FILE, SqliteStorage } from './SqliteStorage'

const dirs: string[] = []
const open: SqliteStorage[] = []
afterEach(async () => {
  for (const storage of open.splice(0)) await storage.close()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function storageIn(dir?: string, sync?: 'full' | 'normal') {
  const dataDir = dir ?? join(mkdtempSync(join(tmpdir(), 'samkart-storage-')), 'nested', 'data')
  dirs.push(dataDir)
  const storage = SqliteStorage.open(dataDir, { sync })
  open.push(storage)
  return { storage, dataDir }
}

const update = (key: string, value: string) => {
  const doc = new Y.Doc()
  doc.getMap('m').set(key, value)
  return Y.encodeStateAsUpdate(doc)
}

const board = (id: string, createdAt: string) => ({ id, title: `Tavle ${id}`, createdAt })

describe('SqliteStorage', () => {
  it('creates the data folder and a WAL database file on first start', () => {
    const { storage, dataDir } = storageIn()
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true)
    expect(storage.inspect('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }])
    expect(storage.inspect('PRAGMA synchronous')).toEqual([{ synchronous: 1 }]) // NORMAL
    expect(storageIn(undefined, 'full').storage.inspect('PRAGMA synchronous')).toEqual([
      { synchronous: 2 },
    ])
  })

  it('lists boards newest first, and knows which exist', async () => {
    const { storage } = storageIn()
    await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), update('k', 'a'))
    await storage.createBoard(board('c', '2025-03-01T00:00:00.000Z'), update('k', 'c'))
    await storage.createBoard(board('b', '2025-03-01T00:00:00.000Z'), update('k', 'b'))
    expect((await storage.listBoards()).map((b) => b.id)).toEqual(['b', 'c', 'a'])
    expect(await storage.getBoard('a')).toEqual(board('a', '2025-01-01T00:00:00.000Z'))
    expect(await storage.getBoard('zzz')).toBeUndefined()
    expect(await storage.loadBoard('zzz')).toBeUndefined()
    await expect(storage.createBoard(board('a', 'x'), update('k', 'a'))).rejects.toThrow()
  })

  it('loads snapshot plus appended updates; compaction folds them into one snapshot', async () => {
    const { storage } = storageIn()
    await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), update('title', 't'))
    await storage.appendUpdate('a', update('x', '1'))
    await storage.appendUpdate('a', update('y', '2'))
    const loaded = await storage.loadBoard('a')
    expect(loaded?.updates).toHaveLength(2)

    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.mergeUpdates([loaded!.snapshot!, ...loaded!.updates]))
    expect(doc.getMap('m').toJSON()).toEqual({ title: 't', x: '1', y: '2' })

    await storage.compact('a', Y.encodeStateAsUpdate(doc))
    const compacted = await storage.loadBoard('a')
    expect(compacted?.updates).toEqual([])
    const again = new Y.Doc()
    Y.applyUpdate(again, compacted!.snapshot!)
    expect(again.getMap('m').toJSON()).toEqual({ title: 't', x: '1', y: '2' })
  })

  it('refuses updates for a board that does not exist', async () => {
    const { storage } = storageIn()
    await expect(storage.appendUpdate('ghost', update('x', '1'))).rejects.toThrow(/FOREIGN KEY/)
  })

  it('appends a batch of several boards in order, skipping boards that no longer exist', async () => {
    const { storage } = storageIn()
    await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), update('k', 'a'))
    await storage.createBoard(board('b', '2025-01-01T00:00:00.000Z'), update('k', 'b'))
    const [x, ghost, y, z] = [
      update('x', '1'),
      update('x', '2'),
      update('y', '3'),
      update('z', '4'),
    ]
    const appended = await storage.appendUpdates([
      { boardId: 'a', update: x },
      { boardId: 'gone', update: ghost },
      { boardId: 'b', update: y },
      { boardId: 'a', update: z },
    ])
    expect(appended).toBe(3)
    const logOf = async (id: string) =>
      (await storage.loadBoard(id))?.updates.map((u) => new Uint8Array(u))
    expect(await logOf('a')).toEqual([x, z])
    expect(await logOf('b')).toEqual([y])
    expect(await storage.getBoard('gone')).toBeUndefined()
  })

  it('renames and deletes boards, deleting their snapshot and log too', async () => {
    const { storage } = storageIn()
    await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), update('k', 'v'))
    await storage.appendUpdate('a', update('x', '1'))
    await storage.setTitle('a', 'Nytt navn')
    expect((await storage.getBoard('a'))?.title).toBe('Nytt navn')
    expect(await storage.deleteBoard('a')).toBe(true)
    expect(await storage.deleteBoard('a')).toBe(false)
    expect(storage.inspect('SELECT count(*) AS n FROM updates')).toEqual([{ n: 0 }])
    expect(storage.inspect('SELECT count(*) AS n FROM snapshots')).toEqual([{ n: 0 }])
  })

  it('keeps everything across close and reopen', async () => {
    const { storage, dataDir } = storageIn()
    await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), update('k', 'v'))
    await storage.appendUpdate('a', update('x', '1'))
    await storage.close()
    const reopened = storageIn(dataDir).storage
    await reopened.appendUpdate('a', update('y', '2'))
    const loaded = await reopened.loadBoard('a')
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.mergeUpdates([loaded!.snapshot!, ...loaded!.updates]))
    expect(doc.getMap('m').toJSON()).toEqual({ k: 'v', x: '1', y: '2' })
  })

  it('upgrades a file written with the first table layout, keeping its log in order', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samkart-storage-'))
    dirs.push(dataDir)
    const old = new Database(join(dataDir, DATABASE_FILE))
    old.exec(`CREATE TABLE boards (id TEXT PRIMARY KEY, title TEXT NOT NULL, created_at TEXT NOT NULL) STRICT;
      CREATE TABLE snapshots (board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE, state BLOB NOT NULL) STRICT;
      CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE, data BLOB NOT NULL) STRICT;
      CREATE INDEX updates_by_board ON updates(board_id, seq);
      PRAGMA user_version = 1;`)
    old
      .prepare('INSERT INTO boards VALUES (?, ?, ?)')
      .run('a', 'Gammel', '2025-01-01T00:00:00.000Z')
    old.prepare('INSERT INTO snapshots VALUES (?, ?)').run('a', update('k', 'v'))
    for (const [key, value] of [
      ['x', '1'],
      ['x', '2'],
      ['x', '3'],
    ])
      old
        .prepare('INSERT INTO updates (board_id, data) VALUES (?, ?)')
        .run('a', update(key!, value!))
    old.close()

    const { storage } = storageIn(dataDir)
    await storage.appendUpdate('a', update('y', '4'))
    const loaded = await storage.loadBoard('a')
    expect(loaded?.updates).toHaveLength(4)
    expect(storage.inspect('PRAGMA user_version')).toEqual([{ user_version: 4 }])
  })
})
