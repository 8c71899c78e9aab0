/**
 * `pnpm bench` (server part): version history on a 5,000-entity board (3,000 actors, 2,000
 * relations), as docs/performance.md («Version history») reports it:
 * - the time to store a version (encode the state in the room's queue, read the previous
 *   version, summarise the two on a worker thread, gzip on the thread pool, write the row) and
 *   the longest the event loop was held meanwhile;
 * - the time to restore one in which 1,500 actors sit elsewhere and 500 relations are gone;
 * - `BoardRoom.load` of the board with 0 and with 200 stored versions;
 * - the bytes one version takes (its state) and the file's growth per version.
 */
import { statSync } from 'node:fs'
import { join } from 'node:path'
import * as Y from 'yjs'
import {
  EMPTY_SUMMARY,
  createActor,
  createRelation,
  deleteEntity,
  initBoard,
  moveActor,
  readActors,
  readRelations,
} from '@samkart/model'
import { VersionKeeper } from '../src/history/VersionKeeper'
import type { HeavyJob, HeavyOutcome } from '../src/work/HeavyJob'
import { heavyWorkerScript } from '../src/work/workerScript'
import { WorkerPool } from '../src/work/WorkerPool'
import { createLogger } from '../src/log'
import { DATABASE_FILE, SqliteStorage } from '../src/storage/SqliteStorage'
import { BoardRoom } from '../src/sync/BoardRoom'
import { TempDirs } from './TempDirs'
import { percentile } from './waitFor'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)

/**
 * Runs `task` while a 1 ms timer watches the event loop; resolves to the task's wall time and
 * the longest the loop was held (what other boards' edits would have waited at most).
 */
async function watched(task: () => Promise<unknown>): Promise<{ wall: number; held: number }> {
  let last = performance.now()
  let held = 0
  const timer = setInterval(() => {
    const now = performance.now()
    held = Math.max(held, now - last)
    last = now
  }, 1)
  const start = performance.now()
  await task()
  const wall = performance.now() - start
  clearInterval(timer)
  held = Math.max(held, performance.now() - last)
  return { wall, held }
}
const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(9)

function bigBoard(): Y.Doc {
  const doc = new Y.Doc()
  initBoard(doc, { title: 'Stor tavle' })
  const ids: string[] = []
  for (let i = 0; i < 3000; i++) {
    const r = createActor(doc, {
      name: `Aktør ${i}`,
      importance: (i % 97) / 97,
      substitutability: (i % 89) / 89,
    })
    if (r.ok) ids.push(r.value)
  }
  for (let i = 0; i < 2000; i++)
    createRelation(doc, { source: ids[i]!, target: ids[(i * 7 + 1) % ids.length]! })
  return doc
}

const dirs = new TempDirs('samkart-bench-versions-')
try {
  console.log('\nVersion history on a 5,000-entity board (3,000 actors + 2,000 relations)')
  const dataDir = dirs.make()
  const storage = SqliteStorage.open(dataDir)
  const logger = createLogger('silent')
  const doc = bigBoard()
  const state = Y.encodeStateAsUpdate(doc)
  await storage.createBoard({ id: 'big', title: 'Stor tavle', createdAt: '' }, state)
  await storage.createBoard({ id: 'plain', title: 'Stor tavle', createdAt: '' }, state)
  const room = (await BoardRoom.load('big', { storage, logger, compactEvery: 10_000 }))!
  // Summaries on a worker thread, as the server computes them.
  const work = new WorkerPool<HeavyJob, HeavyOutcome>({
    script: heavyWorkerScript(),
    size: 1,
    queue: 8,
    timeoutMs: 60_000,
    heapMb: 1024,
    idleMs: 60_000,
    logger,
  })
  const keeper = () =>
    new VersionKeeper({
      storage,
      logger,
      checkpointMinutes: 0,
      retention: { keepAllHours: 1e6, keepDays: 1e6 },
      summarise: async (before, after) => {
        const outcome = await work.run({ type: 'summarise-version', before, after })
        if (!('summary' in outcome)) throw new Error('not a summary')
        return outcome.summary
      },
    })

  const stores: { wall: number; held: number }[] = []
  const kept = keeper()
  await kept.create(room, { kind: 'named', name: 'start' })
  for (let run = 0; run < RUNS; run++)
    stores.push(await watched(() => kept.create(room, { kind: 'named', name: `run ${run}` })))
  const report = (label: string, runs: { wall: number; held: number }[]) =>
    console.log(
      `  ${label.padEnd(44)} median ${ms(
        percentile(
          runs.map((r) => r.wall),
          50,
        ),
      )}, ` +
        `event loop held at most ${ms(
          percentile(
            runs.map((r) => r.held),
            50,
          ),
        )} (median)`,
    )
  report('store a version (summary on a worker)', stores)

  // A version to go back to, then a board that has moved on: 1,500 actors elsewhere and 500
  // relations deleted. Each run restores the old version, then the changed one again.
  const before = await kept.create(room, { kind: 'named', name: 'before' })
  const actors = readActors(room.doc)
  const relations = readRelations(room.doc)
  await room.edit((live, origin) => {
    live.transact(() => {
      for (let i = 0; i < 1500; i++)
        moveActor(live, actors[i]!.id, { importance: 1 - (i % 97) / 97, substitutability: 0.5 })
      for (let i = 0; i < 500; i++) deleteEntity(live, 'relation', relations[i]!.id)
    }, origin)
    return { ok: true, value: undefined }
  })
  const after = await kept.create(room, { kind: 'named', name: 'after' })
  const restores: { wall: number; held: number }[] = []
  for (let run = 0; run < RUNS; run++) {
    restores.push(await watched(() => kept.restore(room, before.id)))
    await kept.restore(room, after.id)
  }
  report('restore (1,500 moves, 500 relations back)', restores)

  const versions = await storage.listVersions('big')
  const stored = await storage.loadVersion('big', versions[0]!.id)
  const perVersion = stored!.state.byteLength
  storage.inspect('PRAGMA wal_checkpoint(TRUNCATE)')
  const fileBefore = statSync(join(dataDir, DATABASE_FILE)).size
  while ((await storage.listVersions('big')).length < 200) await kept.create(room, { kind: 'auto' })
  storage.inspect('PRAGMA wal_checkpoint(TRUNCATE)')
  const fileAfter = statSync(join(dataDir, DATABASE_FILE)).size
  const added = 200 - versions.length
  console.log(
    `  one version: ${(perVersion / 1024).toFixed(0)} KiB of state; the file grows ${(
      (fileAfter - fileBefore) /
      added /
      1024
    ).toFixed(0)} KiB per version (${added} added)`,
  )
  await room.unload()

  // The same board, untouched since it was stored, before and after 200 versions beside it.
  const loadPlain = async () => {
    const times: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now()
      const loaded = await BoardRoom.load('plain', { storage, logger, compactEvery: 10_000 })
      times.push(performance.now() - start)
      await loaded!.unload()
    }
    const count = (await storage.listVersions('plain')).length
    console.log(
      `  BoardRoom.load with ${String(count).padStart(3)} versions  median ${ms(percentile(times, 50))}  min ${ms(Math.min(...times))}`,
    )
  }
  await loadPlain()
  for (let i = 0; i < 200; i++)
    await storage.addVersion(
      'plain',
      {
        id: `v${i}`,
        kind: 'auto',
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
        summary: EMPTY_SUMMARY,
      },
      state,
    )
  await loadPlain()
  await work.close()
  await storage.close()
} finally {
  dirs.removeAll()
}
