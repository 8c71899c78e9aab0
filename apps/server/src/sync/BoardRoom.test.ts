import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  type Migration,
  SCHEMA_VERSION,
  builtInLane,
  initBoard,
  metaRoot,
  migrateBoard,
  readJourneys,
  readLanes,
  readMeta,
  validateBoard,
} from '@samkart/model'
import storedV1 from '../../../../packages/model/src/doc/fixtures/board-v1-lanes.ydoc.json'
import { createLogger } from '../log'
import { SqliteStorage } from '../storage/SqliteStorage'
import { BoardRoom } from './BoardRoom'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function storageWithBoard() {
  const dir = mkdtempSync(join(tmpdir(), 'samkart-room-'))
  const storage = SqliteStorage.open(dir)
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  cleanups.push(() => storage.close())
  const doc = new Y.Doc()
  initBoard(doc, { title: 'Gammel tavle', createdAt: '2025-01-01T00:00:00.000Z' })
  metaRoot(doc).set('schemaVersion', 1)
  await storage.createBoard(
    { id: 'b1', title: 'Gammel tavle', createdAt: '2025-01-01T00:00:00.000Z' },
    Y.encodeStateAsUpdate(doc),
  )
  return storage
}

const options = (
  storage: SqliteStorage,
  migrate?: (doc: Y.Doc) => ReturnType<typeof migrateBoard>,
) => ({
  storage,
  logger: createLogger('silent'),
  compactEvery: 500,
  migrate,
})

describe('BoardRoom.load', () => {
  it('migrates an old board before anyone sees it, and stores the migrated state', async () => {
    const storage = await storageWithBoard()
    const addNotes: Migration = {
      from: 1,
      describe: 'board notes',
      up: (doc) => metaRoot(doc).set('notes', ''),
    }
    const migrate = (doc: Y.Doc) => migrateBoard(doc, [addNotes], 2)

    const room = await BoardRoom.load('b1', options(storage, migrate))
    expect(readMeta(room!.doc).schemaVersion).toBe(2)
    expect(metaRoot(room!.doc).get('notes')).toBe('')
    await room!.unload()

    // Saved at once (by compaction), so a plain load sees version 2 without migrating again.
    const stored = await storage.loadBoard('b1')
    expect(stored?.updates).toEqual([])
    const reloaded = await BoardRoom.load('b1', options(storage))
    expect(readMeta(reloaded!.doc).schemaVersion).toBe(2)
    await reloaded!.unload()
  })

  it('brings a board stored by schema 1 (a fixture) to lane entities on load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samkart-room-'))
    const storage = SqliteStorage.open(dir)
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    cleanups.push(() => storage.close())
    const update = Uint8Array.from(Buffer.from(storedV1.update, 'base64'))
    await storage.createBoard(
      { id: 'v1', title: 'Omordnede rader', createdAt: '2026-12-05T12:00:00.000Z' },
      update,
    )
    const room = await BoardRoom.load('v1', options(storage))
    expect(readMeta(room!.doc).schemaVersion).toBe(SCHEMA_VERSION)
    const journey = readJourneys(room!.doc).find((j) => j.title === 'Søke om pleiepenger')!
    expect(readLanes(room!.doc, journey.id).map((l) => builtInLane(l))[0]).toBe('emotion')
    expect(validateBoard(room!.doc)).toEqual([])
    await room!.unload()
  })

  it('puts the board list right when a crash left its title behind the document', async () => {
    const storage = await storageWithBoard()
    // The rename was stored, but the crash came before the list's title was written.
    const renamed = new Y.Doc()
    Y.applyUpdate(renamed, (await storage.loadBoard('b1'))!.snapshot!)
    const before = Y.encodeStateVector(renamed)
    renamed.getMap('meta').set('title', 'Nytt navn')
    await storage.appendUpdate('b1', Y.encodeStateAsUpdate(renamed, before))
    expect((await storage.getBoard('b1'))?.title).toBe('Gammel tavle')

    const room = await BoardRoom.load('b1', options(storage))
    expect((await storage.getBoard('b1'))?.title).toBe('Nytt navn')
    await room!.unload()
  })

  it('resolves to undefined for a board that does not exist', async () => {
    const storage = await storageWithBoard()
    expect(await BoardRoom.load('nope', options(storage))).toBeUndefined()
  })
})
