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
