/**
 * `pnpm bench` (server part): the compiled server (`node dist/main.js`, default configuration,
 * share-link tokens on) in a process of its own, measured from outside.
 *
 * (i) 1,000 connections over 100 boards (1 writer + 9 readers each), 30 rounds in which all
 *     100 writers edit at once, timed until each reader has its board's edit; with the clients
 *     in one process (as (f) measured them) and spread over four, in the same run. Also the
 *     server's CPU over the rounds, and how late the client processes' event loops ran: when
 *     one process drives 1,000 clients, its own lag is in the figures.
 * (j) Imports on the worker thread: throughput of a 10,000-entity board file (5,000 actors and
 *     5,000 relations) imported back to back, and the edit latency of ten other boards (an
 *     edit on each every 20 ms) while that runs, against the same with no import, in
 *     alternating phases.
 */
import { EventEmitter } from 'node:events'
import { cpus } from 'node:os'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { createActor, moveActor, readActors } from '@samkart/model'
import { buildServer } from '../src/build/buildServer'
import { boardFileJson, importBody } from '../src/testing/hostileFiles'
import { forkClients } from './clientProcess'
import type { RoomSpec } from './scaleClients'
import { type Server, startCompiledServer } from './serverProcess'
import { TempDirs } from './TempDirs'
import { nextRemoteUpdate, percentile, until } from './waitFor'

// Each provider listens to the process's `exit`.
EventEmitter.defaultMaxListeners = 100

const BOARDS = 100
const PER_BOARD = 10
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30)
const SPREAD = 4
const IMPORT_ACTORS = 5000
const IMPORT_RELATIONS = 5000
const PHASE_ROUNDS = Number(process.env.BENCH_PHASE_ROUNDS ?? 150)
const OTHER_BOARDS = 10

const temp = new TempDirs('samkart-bench-scale-')
const tempDir = temp.make
const ms = (n: number) => `${n.toFixed(1)} ms`
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`

async function createBoard(server: Server, title: string): Promise<{ id: string; token: string }> {
  const res = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    body: JSON.stringify({ title }),
  })
  if (res.status !== 201) throw new Error(`POST /api/boards: ${res.status}`)
  return (await res.json()) as { id: string; token: string }
}

interface FleetResult {
  p50: number
  p95: number
  p99: number
  deliveries: number
  connectMs: number
  /** Server CPU seconds per second of the measured rounds (1 = one core busy). */
  cores: number
  cpuPerRoundMs: number
  clientLagP99: number
}

/** 1,000 connections over 100 fresh boards, driven by `processes` client processes. */
async function fleet(server: Server, processes: number): Promise<FleetResult> {
  const specs: RoomSpec[] = []
  for (let i = 0; i < BOARDS; i++) {
    const board = await createBoard(server, `Tavle ${processes}-${i}`)
    specs.push({ boardId: board.id, token: board.token, readers: PER_BOARD - 1 })
  }
  const clients = Array.from({ length: processes }, forkClients)
  try {
    const started = performance.now()
    await Promise.all(
      clients.map((c, n) => {
        const ready = c.next('ready')
        c.send({
          type: 'connect',
          wsUrl: server.wsUrl,
          rooms: specs.filter((_, i) => i % processes === n),
        })
        return ready
      }),
    )
    const connectMs = performance.now() - started
    const samples: number[] = []
    let lag = 0
    let cpuStart = 0
    let wallStart = 0
    for (let step = 0; step < ROUNDS + 3; step++) {
      if (step === 3) {
        cpuStart = server.cpu()
        wallStart = performance.now()
      }
      const rounds = await Promise.all(
        clients.map((c) => {
          const answer = c.next('samples')
          c.send({ type: 'round', step })
          return answer
        }),
      )
      if (step < 3) continue // warm-up
      for (const r of rounds) {
        samples.push(...r.samples)
        lag = Math.max(lag, r.loopDelayP99)
      }
    }
    const cpu = server.cpu() - cpuStart
    const wall = (performance.now() - wallStart) / 1000
    return {
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      p99: percentile(samples, 99),
      deliveries: samples.length,
      connectMs,
      cores: cpu / wall,
      cpuPerRoundMs: (cpu * 1000) / ROUNDS,
      clientLagP99: lag,
    }
  } finally {
    for (const c of clients) {
      const exited = new Promise((resolve) => c.child.once('exit', resolve))
      c.send({ type: 'stop' })
      await exited
    }
  }
}

async function connections(server: Server): Promise<void> {
  console.log(
    `\n(i) ${BOARDS * PER_BOARD} connections over ${BOARDS} boards, ${ROUNDS} rounds of ${BOARDS} ` +
      'simultaneous edits, compiled server in its own process',
  )
  const one = await fleet(server, 1)
  const spread = await fleet(server, SPREAD)
  const row = (label: string, r: FleetResult) =>
    console.log(
      `  ${label.padEnd(26)} p50 ${ms(r.p50).padStart(9)}  p95 ${ms(r.p95).padStart(9)}  ` +
        `p99 ${ms(r.p99).padStart(9)}  server CPU ${r.cores.toFixed(2)} cores ` +
        `(${r.cpuPerRoundMs.toFixed(0)} ms per round)  client loop lag p99 ` +
        `${ms(r.clientLagP99)}  connect ${(r.connectMs / 1000).toFixed(1)} s  (${r.deliveries})`,
    )
  row('clients in 1 process', one)
  row(`clients in ${SPREAD} processes`, spread)
  console.log(
    `  ratio ${SPREAD} processes : 1     p50 ${ratio(spread.p50, one.p50)}  p95 ` +
      `${ratio(spread.p95, one.p95)}  p99 ${ratio(spread.p99, one.p99)}`,
  )
}

interface Pair {
  writer: { doc: Y.Doc; provider: WebsocketProvider }
  reader: { doc: Y.Doc; provider: WebsocketProvider }
  actor: string
}

function stockClient(server: Server, boardId: string, token: string) {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(server.wsUrl, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token },
  })
  return { doc, provider }
}

/** `PHASE_ROUNDS` rounds, every 20 ms, of one edit on each pair's board; delivery times. */
async function editRounds(pairs: Pair[], offset: number): Promise<number[]> {
  const samples: number[] = []
  for (let step = 0; step < PHASE_ROUNDS; step++) {
    const next = performance.now() + 20
    await Promise.all(
      pairs.map((p) => {
        const start = performance.now()
        const arrived = nextRemoteUpdate(p.reader.doc).then(() =>
          samples.push(performance.now() - start),
        )
        moveActor(p.writer.doc, p.actor, {
          importance: ((offset + step) % 100) / 100,
          substitutability: 0.5,
        })
        return arrived
      }),
    )
    const wait = next - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
  }
  return samples
}

async function imports(server: Server): Promise<void> {
  const entities = IMPORT_ACTORS + IMPORT_RELATIONS
  console.log(
    `\n(j) Imports of ${entities.toLocaleString('en')} entities (${IMPORT_ACTORS} actors + ` +
      `${IMPORT_RELATIONS} relations) on the worker thread, and ${OTHER_BOARDS} other boards edited ` +
      'every 20 ms meanwhile, against the same with no import (alternating phases)',
  )
  const body = importBody(boardFileJson('Import', IMPORT_ACTORS, IMPORT_RELATIONS))
  const pairs: Pair[] = []
  for (let i = 0; i < OTHER_BOARDS; i++) {
    const board = await createBoard(server, `Annen ${i}`)
    const writer = stockClient(server, board.id, board.token)
    const reader = stockClient(server, board.id, board.token)
    await until(() => writer.provider.synced && reader.provider.synced)
    const created = createActor(writer.doc, { name: 'Flyttes' })
    if (!created.ok) throw new Error(created.error.message)
    await until(() => readActors(reader.doc).length === 1)
    pairs.push({ writer, reader, actor: created.value })
  }
  await editRounds(pairs, 0) // warm-up
  const quiet: number[] = []
  const busy: number[] = []
  const importSeconds: number[] = []
  let quietCpu = 0
  let busyCpu = 0
  let quietWall = 0
  let busyWall = 0
  for (let phase = 0; phase < 4; phase++) {
    const importing = phase % 2 === 1
    let running = importing
    const importer = (async () => {
      while (running) {
        const start = performance.now()
        const res = await fetch(`${server.url}/api/boards`, { method: 'POST', body })
        if (res.status !== 201) throw new Error(`import: ${res.status} ${await res.text()}`)
        importSeconds.push((performance.now() - start) / 1000)
      }
    })()
    const cpu = server.cpu()
    const wall = performance.now()
    const samples = await editRounds(pairs, phase * PHASE_ROUNDS)
    const usedCpu = server.cpu() - cpu
    const usedWall = (performance.now() - wall) / 1000
    running = false
    await importer
    ;(importing ? busy : quiet).push(...samples)
    if (importing) {
      busyCpu += usedCpu
      busyWall += usedWall
    } else {
      quietCpu += usedCpu
      quietWall += usedWall
    }
  }
  for (const p of pairs) {
    p.writer.provider.destroy()
    p.reader.provider.destroy()
  }
  const median = percentile(importSeconds, 50)
  console.log(
    `  import: ${importSeconds.length} done, median ${median.toFixed(2)} s each ` +
      `(min ${Math.min(...importSeconds).toFixed(2)}, max ${Math.max(...importSeconds).toFixed(2)}) ` +
      `= ${Math.round(entities / median).toLocaleString('en')} entities/s`,
  )
  const row = (label: string, s: number[], cores: number) =>
    console.log(
      `  ${label.padEnd(22)} p50 ${ms(percentile(s, 50)).padStart(8)}  p95 ` +
        `${ms(percentile(s, 95)).padStart(8)}  p99 ${ms(percentile(s, 99)).padStart(8)}  ` +
        `max ${ms(Math.max(...s)).padStart(8)}  server CPU ${cores.toFixed(2)} cores  (${s.length})`,
    )
  row('edits, no import', quiet, quietCpu / quietWall)
  row('edits, during imports', busy, busyCpu / busyWall)
  console.log(
    `  ratio during : without  p50 ${ratio(percentile(busy, 50), percentile(quiet, 50))}  p95 ` +
      `${ratio(percentile(busy, 95), percentile(quiet, 95))}  p99 ` +
      `${ratio(percentile(busy, 99), percentile(quiet, 99))}`,
  )
}

const started = performance.now()
console.log(`\nScale and imports (${cpus().length} cores, Node ${process.version})`)
await buildServer()
const server = await startCompiledServer(tempDir())
try {
  await connections(server)
  await imports(server)
} finally {
  await server.stop()
  temp.removeAll()
}
console.log(`\nScale benchmark ${((performance.now() - started) / 1000).toFixed(1)} s`)
process.exit(0)
