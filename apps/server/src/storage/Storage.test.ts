import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { PgDatabase } from './postgres/PgDatabase'
import type { Storage } from './Storage'
import {
  STORE_KINDS,
  type StoreKind,
  type StoreLocation,
  freshDatabaseUrl,
  openTestStorage,
  useServicesFor,
} from '../testing/stores'

const update = (key: string, value: string) => {
  const doc = new Y.Doc()
  doc.getMap('m').set(key, value)
  return Y.encodeStateAsUpdate(doc)
}

const board = (id: string, createdAt: string) => ({ id, title: `Tavle ${id}`, createdAt })

/** Opens stores of one kind in fresh places (or again at `location`), closed after each test. */
function storeOpener(kind: StoreKind) {
  const open: Storage[] = []
  const dirs: string[] = []
  afterEach(async () => {
    for (const storage of open.splice(0)) await storage.close()
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return {
    async open(at?: StoreLocation): Promise<{ storage: Storage; location: StoreLocation }> {
      let location = at
      if (!location && kind === 'sqlite') {
        const dataDir = mkdtempSync(join(tmpdir(), 'samkart-storage-'))
        dirs.push(dataDir)
        location = { kind, dataDir }
      }
      location ??= { kind: 'postgres', url: await freshDatabaseUrl() }
      const storage = await openTestStorage(location)
      open.push(storage)
      return { storage, location }
    },
  }
}

/** The `Storage` contract, for every store (the sync layer relies on exactly this). */
describe.each(STORE_KINDS)('Storage (%s)', (kind) => {
  useServicesFor(kind)
  const stores = storeOpener(kind)

  it('lists boards newest first, and knows which exist', async () => {
    const { storage } = await stores.open()
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
    const { storage } = await stores.open()
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
    const { storage } = await stores.open()
    await expect(storage.appendUpdate('ghost', update('x', '1'))).rejects.toThrow(/foreign key/i)
  })

  it('appends a batch of several boards in order, skipping boards that no longer exist', async () => {
    const { storage } = await stores.open()
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
    const { storage } = await stores.open()
    await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), update('k', 'v'))
    await storage.appendUpdate('a', update('x', '1'))
    await storage.setTitle('a', 'Nytt navn')
    expect((await storage.getBoard('a'))?.title).toBe('Nytt navn')
    expect(await storage.deleteBoard('a')).toBe(true)
    expect(await storage.deleteBoard('a')).toBe(false)
    expect(await storage.loadBoard('a')).toBeUndefined()
    expect(await storage.listBoards()).toEqual([])
  })

  it('keeps everything across close and reopen', async () => {
    const { storage, location } = await stores.open()
    await storage.createBoard(board('a', '2025-01-01T00:00:00.000Z'), update('k', 'v'))
    await storage.appendUpdate('a', update('x', '1'))
    await storage.close()
    const reopened = (await stores.open(location)).storage
    await reopened.appendUpdate('a', update('y', '2'))
    const loaded = await reopened.loadBoard('a')
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.mergeUpdates([loaded!.snapshot!, ...loaded!.updates]))
    expect(doc.getMap('m').toJSON()).toEqual({ k: 'v', x: '1', y: '2' })
  })
})

describe('PgStorage shared by several instances', () => {
  useServicesFor('postgres')
  const stores = storeOpener('postgres')

  it('loses and duplicates no update while another instance compacts with a stale state', async () => {
    const { storage: a, location } = await stores.open()
    const { storage: b } = await stores.open(location)
    await a.createBoard(board('a', '2025-01-01T00:00:00.000Z'), update('k', 'v'))
    // B's document knows only the first state: what an instance has before other instances'
    // updates reach it through Redis.
    const stale = (await b.loadBoard('a'))!.snapshot!
    const appends = (async () => {
      for (let i = 0; i < 60; i++) await a.appendUpdate('a', update(`x${i}`, String(i)))
    })()
    const compactions = (async () => {
      for (let i = 0; i < 15; i++) await b.compact('a', stale)
    })()
    await Promise.all([appends, compactions])
    await b.compact('a', stale)
    const loaded = (await a.loadBoard('a'))!
    expect(loaded.updates).toEqual([])
    const doc = new Y.Doc()
    Y.applyUpdate(doc, loaded.snapshot!)
    expect(Object.keys(doc.getMap('m').toJSON())).toHaveLength(61)
  })

  it('shares one token secret between instances', async () => {
    const url = await freshDatabaseUrl()
    const [one, two] = await Promise.all([PgDatabase.open(url, 2), PgDatabase.open(url, 2)])
    const [first, second] = await Promise.all([one.secret(), two.secret()])
    expect(first.equals(second)).toBe(true)
    await one.close()
    await two.close()
  })
})
