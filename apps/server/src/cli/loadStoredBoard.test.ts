import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createActor, initBoard, readActors } from '@samkart/model'
import { JournaledStorage } from '../storage/JournaledStorage'
import { JOURNAL_FOLDER } from '../storage/openStorage'
import { SqliteStorage } from '../storage/SqliteStorage'
import { TestBed } from '../testing/TestBed'
import { loadStoredBoard } from './loadStoredBoard'

const bed = new TestBed()
afterEach(() => bed.cleanup())

describe('loadStoredBoard (the headless export reading beside a server)', () => {
  it('includes edits the server has journaled but not yet moved into SQLite', async () => {
    const dataDir = bed.tempDir()
    const storage = await JournaledStorage.open(
      SqliteStorage.open(dataDir),
      join(dataDir, JOURNAL_FOLDER),
      { flushDelayMs: 60_000 },
    )
    bed.onCleanup(() => storage.close())
    const doc = new Y.Doc()
    initBoard(doc, { title: 'Journal' })
    await storage.createBoard(
      { id: 'tavle', title: 'Journal', createdAt: '2026-11-22T10:00:00.000Z' },
      Y.encodeStateAsUpdate(doc),
    )
    const before = Y.encodeStateVector(doc)
    createActor(doc, { name: 'Statsforvalteren' })
    await storage.appendUpdate('tavle', Y.encodeStateAsUpdate(doc, before))

    const read = await loadStoredBoard(dataDir, 'tavle')
    expect(read.ok).toBe(true)
    if (read.ok) expect(readActors(read.doc).map((a) => a.name)).toEqual(['Statsforvalteren'])
  })
})
