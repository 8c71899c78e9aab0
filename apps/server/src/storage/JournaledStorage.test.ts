import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { JournaledStorage } from './JournaledStorage'
import { SqliteStorage } from './SqliteStorage'
import type { Storage } from './Storage'
import { UpdateJournal } from './UpdateJournal'
import { waitFor } from '../testing/waitFor'

const dirs: string[] = []
const toClose: { close(): Promise<void> }[] = []
afterEach(async () => {
  for (const storage of toClose.splice(0)) await storage.close().catch(() => undefined)
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samkart-journaled-'))
  dirs.push(dir)
  return dir
}

/** The journal over a real SQLite file in `dir`; also returns the SQLite store itself. */
async function open(dir: string, store: Storage = SqliteStorage.open(dir), flushDelayMs = 60_000) {
  const sqlite = store
  const storage = await JournaledStorage.open(sqlite, join(dir, 'journal'), { flushDelayMs })
  toClose.push(storage)
  return { storage, sqlite }
}

/** A board with one map `m`; `set` returns the update that sets `key`. */
function boardDoc() {
  const doc = new Y.Doc()
  const set = (key: string, value: string) => {
    const before = Y.encodeStateVector(doc)
    doc.getMap('m').set(key, value)
    return Y.encodeStateAsUpdate(doc, before)
  }
  return { doc, initial: Y.encodeStateAsUpdate(doc), set }
}

const board = (id: string) => ({ id, title: id, createdAt: '2026-11-22T10:00:00.000Z' })

/** What a board holds as loaded from `storage`. */
async function contentOf(storage: Storage, id: string) {
  const stored = await storage.loadBoard(id)
  const doc = new Y.Doc()
  const parts = [...(stored?.snapshot ? [stored.snapshot] : []), ...(stored?.updates ?? [])]
  Y.applyUpdate(doc, Y.mergeUpdates(parts))
  return doc.getMap('m').toJSON()
}

/**
 * The data folder as a crash would leave it: a copy of the files as they are on disk now,
 * taken while the storage that wrote them is still open (and holds its lock on the original).
 * SQLite's `-shm` index is left out; it is rebuilt from the WAL on open.
 */
function crashCopy(dir: string): string {
  const copy = dataDir()
  cpSync(dir, copy, {
    recursive: true,
    filter: (path) => !path.endsWith('-shm') && !path.includes('owner.lock'),
  })
  return copy
}

/** The journal's segment files. */
const segments = (dir: string) =>
  readdirSync(join(dir, 'journal')).filter((name) => name.endsWith('.journal'))

const sqliteRows = (sqlite: Storage) =>
  (sqlite as SqliteStorage).inspect<{ n: number }>('SELECT count(*) AS n FROM updates')[0]!.n

describe('JournaledStorage', () => {
  it('keeps appended updates through a crash before they reach SQLite', async () => {
    const dir = dataDir()
    const { storage, sqlite } = await open(dir)
    const { initial, set } = boardDoc()
    await storage.createBoard(board('a'), initial)
    await storage.appendUpdate('a', set('navn', 'NAV'))
    await storage.appendUpdate('a', set('rolle', 'Viktig'))
    expect(sqliteRows(sqlite)).toBe(0) // only in the journal so far
    const crashed = crashCopy(dir) // the process "dies": nothing is flushed or closed

    const restarted = await open(crashed)
    expect(restarted.storage.recovery).toEqual({ replayed: 2, dropped: 0, ignoredBytes: 0 })
    expect(await contentOf(restarted.storage, 'a')).toEqual({ navn: 'NAV', rolle: 'Viktig' })
    // Segment 1 was replayed and removed; segment 2 is the new run's.
    expect(segments(crashed)).toEqual(['00000002.journal'])
  })

  it('moves updates into SQLite in one batch after the delay, and empties the journal', async () => {
    const dir = dataDir()
    const { storage, sqlite } = await open(dir, undefined, 20)
    const { initial, set } = boardDoc()
    await storage.createBoard(board('a'), initial)
    for (let i = 0; i < 5; i++) await storage.appendUpdate('a', set(`k${i}`, String(i)))
    await waitFor(() => sqliteRows(sqlite) === 5, { what: 'the batch to reach SQLite' })
    expect(segments(dir)).toEqual(['00000001.journal'])
    expect(readFileSync(join(dir, 'journal', '00000001.journal'))).toHaveLength(0)
  })

  it('moves updates without waiting for the delay once enough are waiting', async () => {
    const dir = dataDir()
    const sqlite = SqliteStorage.open(dir)
    const storage = await JournaledStorage.open(sqlite, join(dir, 'journal'), {
      flushDelayMs: 60_000,
      flushAfter: 50,
    })
    toClose.push(storage)
    const { initial, set } = boardDoc()
    await storage.createBoard(board('a'), initial)
    for (let i = 0; i < 120; i++) await storage.appendUpdate('a', set(`k${i}`, String(i)))
    await waitFor(() => sqliteRows(sqlite) >= 100, { what: 'two batches of 50 to reach SQLite' })
    await storage.flush()
    expect(sqliteRows(sqlite)).toBe(120)
    expect(await contentOf(storage, 'a')).toHaveProperty('k119', '119')
  })

  it('lets a read see an update appended a moment ago', async () => {
    const { storage } = await open(dataDir())
    const { initial, set } = boardDoc()
    await storage.createBoard(board('a'), initial)
    await storage.appendUpdate('a', set('navn', 'Helsedirektoratet'))
    expect(await contentOf(storage, 'a')).toEqual({ navn: 'Helsedirektoratet' })
  })

  it('compacts what was journaled too, leaving nothing to replay', async () => {
    const dir = dataDir()
    const { storage, sqlite } = await open(dir)
    const { doc, initial, set } = boardDoc()
    await storage.createBoard(board('a'), initial)
    await storage.appendUpdate('a', set('navn', 'Kommunen'))
    await storage.compact('a', Y.encodeStateAsUpdate(doc))
    expect(sqliteRows(sqlite)).toBe(0)
    const restarted = await open(crashCopy(dir))
    expect(restarted.storage.recovery.replayed).toBe(0)
    expect(await contentOf(restarted.storage, 'a')).toEqual({ navn: 'Kommunen' })
  })

  it('drops journaled updates of a board deleted since, and keeps the others', async () => {
    const dir = dataDir()
    const first = await open(dir)
    const a = boardDoc()
    const b = boardDoc()
    await first.storage.createBoard(board('a'), a.initial)
    await first.storage.createBoard(board('b'), b.initial)
    await first.storage.appendUpdate('a', a.set('navn', 'borte'))
    await first.storage.appendUpdate('b', b.set('navn', 'bli'))
    // Deleted by another hand (say, a crash came after the delete reached SQLite).
    await first.sqlite.deleteBoard('a')

    const restarted = await open(crashCopy(dir))
    expect(restarted.storage.recovery).toEqual({ replayed: 1, dropped: 1, ignoredBytes: 0 })
    expect(await restarted.storage.getBoard('a')).toBeUndefined()
    expect(await contentOf(restarted.storage, 'b')).toEqual({ navn: 'bli' })
  })

  it('replays the intact records when the crash cut the last one short', async () => {
    const dir = dataDir()
    const { storage } = await open(dir)
    const { initial, set } = boardDoc()
    await storage.createBoard(board('a'), initial)
    await storage.appendUpdate('a', set('navn', 'NAV'))
    await storage.appendUpdate('a', set('rolle', 'Viktig'))
    const crashed = crashCopy(dir)
    const segment = join(crashed, 'journal', '00000001.journal')
    truncateSync(segment, readFileSync(segment).length - 3)

    const restarted = await open(crashed)
    expect(restarted.storage.recovery.replayed).toBe(1)
    expect(restarted.storage.recovery.ignoredBytes).toBeGreaterThan(0)
    expect(await contentOf(restarted.storage, 'a')).toEqual({ navn: 'NAV' })
  })

  it('keeps updates the store refused in the journal and moves them on the next try', async () => {
    const dir = dataDir()
    const sqlite = SqliteStorage.open(dir)
    let refuse = true
    const flaky: Storage = Object.assign(Object.create(sqlite) as SqliteStorage, {
      appendUpdates: async (entries: { boardId: string; update: Uint8Array }[]) => {
        if (refuse) throw new Error('disk full')
        return sqlite.appendUpdates(entries)
      },
    })
    const { storage } = await open(dir, flaky)
    const { initial, set } = boardDoc()
    await storage.createBoard(board('a'), initial)
    await storage.appendUpdate('a', set('navn', 'NAV'))
    await expect(storage.flush()).rejects.toThrow('disk full')
    const segment = join(dir, 'journal', '00000001.journal')
    expect(UpdateJournal.read(join(dir, 'journal')).entries).toHaveLength(1) // still there

    refuse = false
    await storage.appendUpdate('a', set('rolle', 'Viktig'))
    expect(await contentOf(storage, 'a')).toEqual({ navn: 'NAV', rolle: 'Viktig' })
    expect(sqliteRows(sqlite)).toBe(2)
    expect(readFileSync(segment)).toHaveLength(0)
  })

  it('leaves no journal behind after a clean close', async () => {
    const dir = dataDir()
    const { storage } = await open(dir)
    const { initial, set } = boardDoc()
    await storage.createBoard(board('a'), initial)
    await storage.appendUpdate('a', set('navn', 'NAV'))
    await storage.close()
    expect(segments(dir)).toEqual([])
    const reopened = await open(dir)
    expect(reopened.storage.recovery.replayed).toBe(0)
    expect(await contentOf(reopened.storage, 'a')).toEqual({ navn: 'NAV' })
  })

  it('keeps a second server off a journal in use, and lets it in once the first has closed', async () => {
    const dir = dataDir()
    const first = await open(dir)
    const { initial, set } = boardDoc()
    await first.storage.createBoard(board('a'), initial)
    await first.storage.appendUpdate('a', set('navn', 'NAV'))
    await expect(open(dir, SqliteStorage.open(dir))).rejects.toThrow(
      /another Samkart server is already using/,
    )
    // The refused start touched nothing: the first one's update is still journaled.
    expect(UpdateJournal.read(join(dir, 'journal')).entries).toHaveLength(1)
    await first.storage.close()
    const second = await open(dir)
    expect(await contentOf(second.storage, 'a')).toEqual({ navn: 'NAV' })
  })

  it('refuses appends after close, so nothing is acknowledged that is not kept', async () => {
    const { storage } = await open(dataDir())
    await storage.createBoard(board('a'), boardDoc().initial)
    await storage.close()
    await expect(storage.appendUpdate('a', boardDoc().set('x', 'y'))).rejects.toThrow('closed')
  })
})
