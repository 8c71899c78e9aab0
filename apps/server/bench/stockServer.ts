/**
 * `pnpm bench` (#18): Samkart against the stock `@y/websocket-server` 0.1.1, each in a process
 * of its own (bench/startMeasuredServer.ts), measured from outside in the same way. Samkart
 * runs its compiled `dist/main.js` in the default configuration (share-link tokens checked,
 * every update validated and journaled, then moved into SQLite); the stock server keeps its
 * documents in memory and checks nothing.
 *
 * (m) Cost curve at 10, 100 and 1,000 connections, 10 per board, the clients in 4 processes
 *     (a board's clients in one, so one clock times each delivery): every client moves its
 *     own actor about once a second (1 s ± 0.2 s, random phase), for `BENCH_SECONDS` after
 *     `BENCH_WARMUP` seconds, in rounds alternating Samkart / stock, so a load spike from
 *     elsewhere cannot hit one server only. Delivery latency (edit to each other client of
 *     the board having applied it), deliveries made against expected, server CPU (over the
 *     rounds, per edit, and for 5 s with everyone connected and nobody editing) and RSS, the
 *     client processes' event-loop lag and the whole machine's busy cores.
 * (n) Fan-out: one writer and 49 or 199 readers in one board, sequential edits (at most 40 a
 *     second, under Samkart's default 100 messages/s per connection), alternating servers.
 * (o) Memory per big board: 5,000-entity boards (3,000 actors + 2,000 relations) pushed by a
 *     first client, 1 and then `BENCH_BIG_BOARDS` of them; RSS and V8 heap after two full
 *     collections in the server process, against the idle server.
 *
 * Each section starts a fresh pair of servers: the stock server never forgets a document
 * (without persistence it keeps every room in memory after its last client leaves), so
 * earlier sections would weigh on its memory and not on Samkart's.
 *
 * Run it under the machine's benchmark lock: `flock /tmp/samkart-browser.lock tsx
 * bench/stockServer.ts`. Knobs: BENCH_SIZES (10,100,1000), BENCH_SECONDS (15),
 * BENCH_WARMUP (3), BENCH_ROUNDS (2 per server), BENCH_FANOUT (50,200), BENCH_FANOUT_EDITS
 * (50 per round), BENCH_BIG_BOARDS (5).
 */
import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { createActor, initBoard, moveActor, readActors, readRelations } from '@samkart/model'
import { BIG_BOARD, fillBigBoard } from './fillBigBoard'
import { processCpuSeconds } from './serverProcess'
import {
  type MeasuredServer,
  type Memory,
  type ServerKind,
  compileServers,
  startMeasuredServer,
} from './startMeasuredServer'
import { type SteadyClientProcess, forkSteadyClients } from './steadyClientProcess'
import type { SteadyBoard } from './steadyClients'
import { TempDirs } from './TempDirs'
import { nextRemoteUpdate, percentile, until } from './waitFor'

// Up to 400 providers live in this process in (n), each listening to the process's `exit`.
EventEmitter.defaultMaxListeners = 1000

const list = (raw: string) => raw.split(',').map(Number)
const SIZES = list(process.env.BENCH_SIZES ?? '10,100,1000')
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15)
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP ?? 3)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)
const FANOUT = list(process.env.BENCH_FANOUT ?? '50,200')
const FANOUT_EDITS = Number(process.env.BENCH_FANOUT_EDITS ?? 50)
const FANOUT_WARMUP = 10
const BIG_BOARDS = Number(process.env.BENCH_BIG_BOARDS ?? 5)
const PROCESSES = 4
const IDLE_SECONDS = 5
const PER_BOARD = 10
const EDIT_INTERVAL_MS = 1000
const EDIT_JITTER_MS = 200
// Counted edits still under way when a round ends get this long to arrive; later is lost.
const DRAIN_MS = 5000
// Fan-out edits at most every 25 ms: 40 a second, under the default cap of 100 per connection.
const FANOUT_SPACING_MS = 25
const KINDS: readonly ServerKind[] = ['samkart', 'stock']

const temp = new TempDirs('samkart-bench-stock-')
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const ms = (n: number) => (n < 10 ? `${n.toFixed(2)} ms` : `${n.toFixed(1)} ms`)
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–')

/** CPU seconds the whole machine has spent busy so far (every core, every process). */
function machineBusySeconds(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1)
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number)
  return (
    ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / 100
  )
}

async function startPair(): Promise<Record<ServerKind, MeasuredServer>> {
  return {
    samkart: await startMeasuredServer('samkart', temp.make),
    stock: await startMeasuredServer('stock', temp.make),
  }
}

async function stopPair(servers: Record<ServerKind, MeasuredServer>): Promise<void> {
  for (const kind of KINDS) await servers[kind].stop()
}

// ---------------------------------------------------------------- (m) cost curve

/** One server's figures at one size, summed over its rounds. */
interface Tally {
  samples: number[]
  edits: number
  expected: number
  serverCpu: number
  clientCpu: number
  machineBusy: number
  wall: number
  rssMax: number
  lagP99: number
  lagMax: number
  connectMs: number
  /** Share of a core the server used with every client connected and nobody editing. */
  idleCores: number
}

const emptyTally = (): Tally => ({
  samples: [],
  edits: 0,
  expected: 0,
  serverCpu: 0,
  clientCpu: 0,
  machineBusy: 0,
  wall: 0,
  rssMax: 0,
  lagP99: 0,
  lagMax: 0,
  connectMs: 0,
  idleCores: 0,
})

const clientCpu = (procs: readonly SteadyClientProcess[]) =>
  procs.reduce((sum, p) => sum + processCpuSeconds(p.child.pid!), 0)

/** One measured round on `server`: warm-up, then `SECONDS` of counted edits, then the drain. */
async function round(
  server: MeasuredServer,
  procs: readonly SteadyClientProcess[],
  tally: Tally,
): Promise<void> {
  for (const p of procs)
    p.send({
      type: 'start',
      server: server.kind,
      intervalMs: EDIT_INTERVAL_MS,
      jitterMs: EDIT_JITTER_MS,
    })
  await sleep(WARMUP_SECONDS * 1000)
  const cpu = server.cpu()
  const clients = clientCpu(procs)
  const machine = machineBusySeconds()
  const wall = performance.now()
  for (const p of procs) p.send({ type: 'count' })
  let rss = server.rss()
  const sampler = setInterval(() => (rss = Math.max(rss, server.rss())), 1000)
  await sleep(SECONDS * 1000)
  for (const p of procs) p.send({ type: 'stop' })
  clearInterval(sampler)
  tally.rssMax = Math.max(tally.rssMax, rss, server.rss())
  tally.serverCpu += server.cpu() - cpu
  tally.clientCpu += clientCpu(procs) - clients
  tally.machineBusy += machineBusySeconds() - machine
  tally.wall += (performance.now() - wall) / 1000
  const reports = await Promise.all(
    procs.map((p) => {
      const answer = p.next('report')
      p.send({ type: 'report', drainMs: DRAIN_MS })
      return answer
    }),
  )
  for (const r of reports) {
    for (const s of r.samples) tally.samples.push(s)
    tally.edits += r.edits
    tally.expected += r.expected
    tally.lagP99 = Math.max(tally.lagP99, r.loopDelayP99)
    tally.lagMax = Math.max(tally.lagMax, r.loopDelayMax)
  }
}

async function costAt(size: number): Promise<Record<ServerKind, Tally>> {
  const servers = await startPair()
  const procs = Array.from({ length: PROCESSES }, forkSteadyClients)
  const tallies = { samkart: emptyTally(), stock: emptyTally() }
  try {
    for (const kind of KINDS) {
      const server = servers[kind]
      const boards: SteadyBoard[] = []
      for (let i = 0; i < Math.max(1, size / PER_BOARD); i++) {
        const board = await server.createBoard(`Tavle ${i}`)
        boards.push({ server: kind, wsUrl: server.wsUrl, boardId: board.id, clients: PER_BOARD })
        if (board.token) boards.at(-1)!.token = board.token
      }
      const started = performance.now()
      await Promise.all(
        procs.map((p, n) => {
          const ready = p.next('ready')
          p.send({ type: 'connect', boards: boards.filter((_, i) => i % PROCESSES === n) })
          return ready
        }),
      )
      tallies[kind].connectMs = performance.now() - started
    }
    // What the server spends with everyone connected and nobody editing: timers, pings, and
    // Samkart's journal and storage upkeep. Part of each round's CPU, but not of the edits.
    await sleep(1000)
    for (const kind of KINDS) {
      const cpu = servers[kind].cpu()
      await sleep(IDLE_SECONDS * 1000)
      tallies[kind].idleCores = (servers[kind].cpu() - cpu) / IDLE_SECONDS
    }
    for (let r = 0; r < ROUNDS; r++)
      for (const kind of KINDS) {
        await round(servers[kind], procs, tallies[kind])
        await sleep(1000) // deferred work (Samkart's move of the journal into SQLite) settles
      }
  } finally {
    for (const p of procs) await p.exit()
    await stopPair(servers)
  }
  return tallies
}

async function costCurve(): Promise<void> {
  console.log(
    `\n(m) Cost curve: every client moves its actor once a second (±${EDIT_JITTER_MS} ms), ` +
      `${PER_BOARD} per board, clients in ${PROCESSES} processes; ${ROUNDS} rounds of ` +
      `${SECONDS} s (after ${WARMUP_SECONDS} s warm-up) per server, alternating\n`,
  )
  console.log(
    '| connections | server  | edits/s | p50 | p95 | p99 | delivered / expected | server CPU | ' +
      'CPU per edit | idle CPU | server RSS (max) | client loop lag p99 (max) | client CPU | ' +
      'machine busy | connect |',
  )
  console.log(
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  )
  for (const size of SIZES) {
    const t = await costAt(size)
    const cores = (x: Tally) => x.serverCpu / x.wall
    const perEdit = (x: Tally) => (x.serverCpu * 1e6) / x.edits
    for (const kind of KINDS) {
      const x = t[kind]
      console.log(
        `| ${size.toLocaleString('en')} | ${kind} | ${(x.edits / x.wall).toFixed(0)} | ` +
          `${ms(percentile(x.samples, 50))} | ${ms(percentile(x.samples, 95))} | ` +
          `${ms(percentile(x.samples, 99))} | ${x.samples.length} / ${x.expected} | ` +
          `${(cores(x) * 100).toFixed(1)} % | ${perEdit(x).toFixed(0)} µs | ` +
          `${(x.idleCores * 100).toFixed(1)} % | ${mib(x.rssMax)} | ${ms(x.lagP99)} ` +
          `(${ms(x.lagMax)}) | ${(x.clientCpu / x.wall).toFixed(2)} cores | ` +
          `${(x.machineBusy / x.wall).toFixed(2)} cores | ${(x.connectMs / 1000).toFixed(1)} s |`,
      )
    }
    const [a, b] = [t.samkart, t.stock]
    console.log(
      `| ${size.toLocaleString('en')} | **ratio** | | ` +
        `${ratio(percentile(a.samples, 50), percentile(b.samples, 50))} | ` +
        `${ratio(percentile(a.samples, 95), percentile(b.samples, 95))} | ` +
        `${ratio(percentile(a.samples, 99), percentile(b.samples, 99))} | | ` +
        `${ratio(cores(a), cores(b))} | ${ratio(perEdit(a), perEdit(b))} | ` +
        `${ratio(a.idleCores, b.idleCores)} | ${ratio(a.rssMax, b.rssMax)} | | | | |`,
    )
  }
}

// ---------------------------------------------------------------- (n) fan-out

interface Client {
  doc: Y.Doc
  provider: WebsocketProvider
}

function connect(server: MeasuredServer, boardId: string, token?: string): Client {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(server.wsUrl, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    ...(token ? { params: { token } } : {}),
  })
  provider.on('connection-close', (event) => {
    if (event && event.code >= 4000) throw new Error(`refused: ${event.code} ${event.reason}`)
  })
  return { doc, provider }
}

interface FanOutRoom {
  server: MeasuredServer
  writer: Client
  readers: Client[]
  actor: string
  samples: number[]
  cpu: number
  edits: number
}

async function fanOutRoom(server: MeasuredServer, clients: number): Promise<FanOutRoom> {
  const board = await server.createBoard('Fan-out')
  const all: Client[] = []
  for (let i = 0; i < clients; i += 50) {
    const batch = Array.from({ length: Math.min(50, clients - i) }, () =>
      connect(server, board.id, board.token),
    )
    await until(() => batch.every((c) => c.provider.synced), 60_000)
    all.push(...batch)
  }
  const [writer, ...readers] = all
  const created = createActor(writer!.doc, { name: 'Fan-out' })
  if (!created.ok) throw new Error(created.error.message)
  await until(() => readers.every((r) => readActors(r.doc).length === 1))
  return { server, writer: writer!, readers, actor: created.value, samples: [], cpu: 0, edits: 0 }
}

/** `edits` sequential moves, each timed until every reader has it (if `record`). */
async function fanOutRound(room: FanOutRoom, step: number, edits: number, record = true) {
  const cpu = room.server.cpu()
  for (let i = 0; i < edits; i++) {
    const next = performance.now() + FANOUT_SPACING_MS
    const start = performance.now()
    const arrivals = room.readers.map((r) =>
      nextRemoteUpdate(r.doc).then(() => {
        if (record) room.samples.push(performance.now() - start)
      }),
    )
    moveActor(room.writer.doc, room.actor, {
      importance: ((step + i) % 100) / 100,
      substitutability: 0.5,
    })
    await Promise.all(arrivals)
    const wait = next - performance.now()
    if (wait > 0) await sleep(wait)
  }
  if (!record) return
  room.cpu += room.server.cpu() - cpu
  room.edits += edits
}

async function fanOut(): Promise<void> {
  console.log(
    `\n(n) Fan-out: 1 writer + readers in one board, ${FANOUT_WARMUP} warm-up, then ` +
      `${ROUNDS} × ${FANOUT_EDITS} sequential ` +
      `moves per server (at most one per ${FANOUT_SPACING_MS} ms), alternating; clients in ` +
      'the benchmark process\n',
  )
  console.log('| clients | server | p50 | p95 | p99 | server CPU per edit | deliveries |')
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  const servers = await startPair()
  try {
    for (const clients of FANOUT) {
      const rooms = {
        samkart: await fanOutRoom(servers.samkart, clients),
        stock: await fanOutRoom(servers.stock, clients),
      }
      for (const kind of KINDS) await fanOutRound(rooms[kind], 0, FANOUT_WARMUP, false)
      for (let r = 0; r < ROUNDS; r++)
        for (const kind of KINDS)
          await fanOutRound(rooms[kind], (r + 1) * FANOUT_EDITS, FANOUT_EDITS)
      const perEdit = (room: FanOutRoom) => (room.cpu * 1000) / room.edits
      for (const kind of KINDS) {
        const room = rooms[kind]
        console.log(
          `| 1 + ${clients - 1} | ${kind} | ${ms(percentile(room.samples, 50))} | ` +
            `${ms(percentile(room.samples, 95))} | ${ms(percentile(room.samples, 99))} | ` +
            `${ms(perEdit(room))} | ${room.samples.length} |`,
        )
      }
      const [a, b] = [rooms.samkart, rooms.stock]
      console.log(
        `| 1 + ${clients - 1} | **ratio** | ${ratio(percentile(a.samples, 50), percentile(b.samples, 50))} | ` +
          `${ratio(percentile(a.samples, 95), percentile(b.samples, 95))} | ` +
          `${ratio(percentile(a.samples, 99), percentile(b.samples, 99))} | ` +
          `${ratio(perEdit(a), perEdit(b))} | |`,
      )
      for (const room of [a, b])
        for (const c of [room.writer, ...room.readers]) c.provider.destroy()
    }
  } finally {
    await stopPair(servers)
  }
}

// ---------------------------------------------------------------- (o) memory per big board

/** Waits until `server` has been nearly idle (under 10 ms CPU) for half a second. */
async function settle(server: MeasuredServer): Promise<void> {
  const deadline = performance.now() + 30_000
  let cpu = server.cpu()
  for (;;) {
    await sleep(500)
    const now = server.cpu()
    if (now - cpu < 0.01 || performance.now() > deadline) return
    cpu = now
  }
}

/** A first client joins a new empty board and pushes the whole big board as one update. */
async function pushBigBoard(server: MeasuredServer, n: number): Promise<Client> {
  const board = await server.createBoard(`Stor tavle ${n}`)
  const client = connect(server, board.id, board.token)
  await until(() => client.provider.synced, 60_000)
  // Samkart made the board's frame when the API created it; in a stock room nobody has.
  if (server.kind === 'stock') initBoard(client.doc, { title: `Stor tavle ${n}` })
  fillBigBoard(client.doc)
  await until(() => client.provider.ws?.bufferedAmount === 0, 60_000)
  await settle(server)
  return client
}

/** A fresh client of the last big board must get all of it: the push was taken whole. */
async function checkBigBoard(server: MeasuredServer, boardId: string, token?: string) {
  const client = connect(server, boardId, token)
  await until(() => client.provider.synced, 60_000)
  const actors = readActors(client.doc).length
  const relations = readRelations(client.doc).length
  client.provider.destroy()
  if (actors !== BIG_BOARD.actors || relations !== BIG_BOARD.relations)
    throw new Error(`${server.kind}: a fresh client got ${actors} actors, ${relations} relations`)
}

async function memoryPerBoard(): Promise<void> {
  const entities = BIG_BOARD.actors + BIG_BOARD.relations
  console.log(
    `\n(o) Memory per big board (${entities.toLocaleString('en')} entities: ` +
      `${BIG_BOARD.actors} actors + ${BIG_BOARD.relations} relations), pushed by a first client ` +
      'that stays connected; after two full GCs in the server\n',
  )
  const servers = await startPair()
  const pushers: Client[] = []
  try {
    const idle: Partial<Record<ServerKind, Memory>> = {}
    const one: Partial<Record<ServerKind, Memory>> = {}
    const all: Partial<Record<ServerKind, Memory>> = {}
    const pushMs: Record<ServerKind, number[]> = { samkart: [], stock: [] }
    const last: Partial<Record<ServerKind, { id: string; token?: string }>> = {}
    for (const kind of KINDS) {
      await settle(servers[kind])
      idle[kind] = await servers[kind].memory()
    }
    for (let n = 1; n <= BIG_BOARDS; n++)
      for (const kind of KINDS) {
        const started = performance.now()
        const pusher = await pushBigBoard(servers[kind], n)
        pushMs[kind].push(performance.now() - started)
        pushers.push(pusher)
        last[kind] = { id: pusher.provider.roomname, token: pusher.provider.params.token }
        if (n === 1) one[kind] = await servers[kind].memory()
        if (n === BIG_BOARDS) all[kind] = await servers[kind].memory()
      }
    for (const kind of KINDS) await checkBigBoard(servers[kind], last[kind]!.id, last[kind]!.token)
    console.log(
      '| server | idle RSS / heap | 1 board RSS / heap | ' +
        `${BIG_BOARDS} boards RSS / heap | per board, RSS / heap (1) | per board, RSS / heap (${BIG_BOARDS}) | push + settle, median |`,
    )
    console.log('| --- | --- | --- | --- | --- | --- | --- |')
    const per = (m: Memory, base: Memory, n: number) => ({
      rss: (m.rss - base.rss) / n,
      heapUsed: (m.heapUsed - base.heapUsed) / n,
    })
    const both = (m: Memory) => `${mib(m.rss)} / ${mib(m.heapUsed)}`
    for (const kind of KINDS) {
      console.log(
        `| ${kind} | ${both(idle[kind]!)} | ${both(one[kind]!)} | ${both(all[kind]!)} | ` +
          `${both(per(one[kind]!, idle[kind]!, 1))} | ${both(per(all[kind]!, idle[kind]!, BIG_BOARDS))} | ` +
          `${ms(percentile(pushMs[kind], 50))} |`,
      )
    }
    const a = per(all.samkart!, idle.samkart!, BIG_BOARDS)
    const b = per(all.stock!, idle.stock!, BIG_BOARDS)
    console.log(
      `| **ratio** (per board, ${BIG_BOARDS}) | | | | | ${ratio(a.rss, b.rss)} / ${ratio(a.heapUsed, b.heapUsed)} | |`,
    )
  } finally {
    for (const p of pushers) p.provider.destroy()
    await stopPair(servers)
  }
}

// ---------------------------------------------------------------- the run

const started = performance.now()
console.log(
  `\nSamkart against the stock @y/websocket-server 0.1.1 (${cpus().length} cores, ` +
    `Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}, ` +
    `${new Date().toISOString()})`,
)
await compileServers()
try {
  await costCurve()
  await fanOut()
  await memoryPerBoard()
} finally {
  temp.removeAll()
}
console.log(
  `\nStock server benchmark ${((performance.now() - started) / 1000).toFixed(1)} s ` +
    `(load average now ${loadavg()[0]!.toFixed(1)})`,
)
process.exit(0)
