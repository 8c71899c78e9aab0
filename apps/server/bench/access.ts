/**
 * `pnpm bench` (after bench/run.ts): what checking share-link tokens costs. Every scenario
 * runs against a server with `access: 'tokens'` and one with `access: 'open'` (no checks: the
 * foundation's path), in the same run, and prints both and their ratio:
 *
 * (d) One access check on its own (HMAC, claims, the link's row), per call.
 * (e) Fan-out in one board: 1 writer (editor link) and 49 or 199 readers (one viewer link
 *     shared by all, as a workshop shares one link), time until each reader has each update.
 * (f) 1,000 connections over 100 boards (1 writer + 9 readers each): time until all are
 *     connected and synced (every one's token checked), then rounds in which all 100 writers
 *     edit at once, timed until each reader has its board's edit.
 * (g) Server memory (RSS and V8 heap after a full GC) idle, with 200 clients in one board and
 * with the 1,000 connections.
 *
 * Unlike bench/run.ts, the server runs in a child process of its own (`--expose-gc`), so its
 * memory is its own; the clients share this process. The per-connection message limit is
 * raised for both servers: the writers edit as fast as the deliveries come back, far above
 * the 100 messages/s a person produces. Everything else is the default configuration.
 */
import { EventEmitter } from 'node:events'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { createActor, readActors } from '@samkart/model'
import { type Remote, startServer } from './accessServer'
import { checkCost } from './checkCost'
import { type Client, type Room, editRound } from './editRound'
import { TempDirs } from './TempDirs'
import { percentile, until } from './waitFor'

// Each provider listens to the process's `exit`; 2,000 of them are alive at once here.
EventEmitter.defaultMaxListeners = 5000

const FANOUT = [
  { clients: 50, updates: 200 },
  { clients: 200, updates: 60 },
] as const
const BOARDS = 100
const PER_BOARD = 10
const ROUNDS = 30

// ---------------------------------------------------------------- the benchmark

const temp = new TempDirs('samkart-bench-access-')
const tempDir = temp.make

interface Board {
  id: string
  /** Token for the writer and for the readers; `undefined` with open access. */
  writerToken?: string
  readerToken?: string
}

async function createBoard(server: Remote, title: string): Promise<Board> {
  const post = async (path: string, body: unknown, token?: string) => {
    const res = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    })
    if (res.status !== 201) throw new Error(`POST ${path}: ${res.status}`)
    return (await res.json()) as { id: string; token: string }
  }
  const board = await post('/api/boards', { title })
  if (server.mode === 'open') return { id: board.id }
  const links = `/api/boards/${board.id}/links`
  return {
    id: board.id,
    writerToken: (await post(links, { role: 'editor' }, board.token)).token,
    readerToken: (await post(links, { role: 'viewer' }, board.token)).token,
  }
}

function connect(server: Remote, boardId: string, token: string | undefined): Client {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(server.wsUrl, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: token ? { token } : {},
  })
  provider.on('connection-close', (event) => {
    if (event && event.code >= 4000) throw new Error(`refused: ${event.code} ${event.reason}`)
  })
  return { doc, provider }
}

/** A target's clients, and how long connecting them took in total. */
interface Fleet {
  clients: Client[]
  connectMs: number
}

/**
 * Connects every target of each server, `batch` clients at a time and waiting until they have
 * synced, alternating between the servers batch by batch so both see the same machine.
 */
async function connectAll(
  targets: Map<Remote, { boardId: string; token: string | undefined }[]>,
  batch = 50,
): Promise<Map<Remote, Fleet>> {
  const fleets = new Map<Remote, Fleet>()
  for (const server of targets.keys()) fleets.set(server, { clients: [], connectMs: 0 })
  const longest = Math.max(...[...targets.values()].map((t) => t.length))
  for (let i = 0; i < longest; i += batch) {
    // Alternate which server goes first: a batch leaves presence traffic behind it.
    const order = [...targets]
    if ((i / batch) % 2 === 1) order.reverse()
    for (const [server, list] of order) {
      const fleet = fleets.get(server)!
      const start = performance.now()
      const group = list.slice(i, i + batch).map((t) => connect(server, t.boardId, t.token))
      await until(() => group.every((c) => c.provider.synced), 60_000)
      fleet.connectMs += performance.now() - start
      fleet.clients.push(...group)
    }
  }
  return fleets
}

function disconnect(clients: Client[]): void {
  for (const c of clients) {
    c.provider.destroy()
    c.doc.destroy()
  }
}

interface Latency {
  p50: number
  p95: number
  p99: number
  n: number
}
const latencyOf = (samples: number[]): Latency => ({
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
  p99: percentile(samples, 99),
  n: samples.length,
})

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`
const ms = (n: number) => `${n.toFixed(2)} ms`
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`

/** Splits connected clients into rooms of `size` and gives each room an actor to move. */
async function roomsOf(clients: Client[], size: number): Promise<Room[]> {
  const rooms: Room[] = []
  for (let i = 0; i < clients.length; i += size) {
    const [writer, ...readers] = clients.slice(i, i + size)
    const created = createActor(writer!.doc, { name: 'Aktør' })
    if (!created.ok) throw new Error(created.error.message)
    rooms.push({ writer: writer!, readers, actor: created.value })
  }
  await until(() => rooms.every((r) => r.readers.every((c) => readActors(c.doc).length === 1)))
  return rooms
}

/** What one scenario measured on one server. */
interface Measured {
  latency: Latency
  connectMs: number
  memory: { rss: number; heapUsed: number }
}

/**
 * `boards` boards with `perBoard` clients each (1 writer, the rest readers) on every server,
 * then `rounds` rounds of simultaneous edits, alternating between the servers round by round
 * (after 3 warm-up rounds each). Memory is taken with everyone connected.
 */
async function scenario(
  servers: Remote[],
  boards: number,
  perBoard: number,
  rounds: number,
): Promise<Map<Remote, Measured>> {
  const targets = new Map<Remote, { boardId: string; token: string | undefined }[]>()
  for (const server of servers) {
    const list: { boardId: string; token: string | undefined }[] = []
    for (let i = 0; i < boards; i++) {
      const board = await createBoard(server, `Tavle ${i}`)
      list.push({ boardId: board.id, token: board.writerToken })
      for (let j = 1; j < perBoard; j++) list.push({ boardId: board.id, token: board.readerToken })
    }
    targets.set(server, list)
  }
  const fleets = await connectAll(targets)
  const rooms = new Map<Remote, Room[]>()
  for (const [server, fleet] of fleets) rooms.set(server, await roomsOf(fleet.clients, perBoard))
  const samples = new Map<Remote, number[]>(servers.map((s) => [s, []]))
  for (let step = 0; step < rounds + 3; step++) {
    const order = step % 2 === 0 ? servers : [...servers].reverse()
    for (const server of order) {
      const measured = await editRound(rooms.get(server)!, step)
      if (step >= 3) samples.get(server)!.push(...measured)
    }
  }
  const results = new Map<Remote, Measured>()
  for (const server of servers)
    results.set(server, {
      latency: latencyOf(samples.get(server)!),
      connectMs: fleets.get(server)!.connectMs,
      memory: await server.memory(),
    })
  for (const fleet of fleets.values()) disconnect(fleet.clients)
  return results
}

async function main(): Promise<void> {
  const started = performance.now()
  console.log('\nAccess and limits: share-link tokens checked vs. open access (no checks)')
  console.log('  each server in its own process, both alive, measured in alternating rounds')
  // First, while this process holds no clients yet.
  await checkCost(tempDir())
  const servers = [await startServer('open', tempDir()), await startServer('tokens', tempDir())]
  const [open, tokens] = servers as [Remote, Remote]
  try {
    // Warm both up (JIT, SQLite caches) before anything is measured.
    await scenario(servers, 2, 10, 20)
    const idle = new Map<Remote, { rss: number; heapUsed: number }>()
    for (const server of servers) idle.set(server, await server.memory())

    const row = (label: string, l: Latency) =>
      `  ${label.padEnd(8)} p50 ${ms(l.p50).padStart(10)}  p95 ${ms(l.p95).padStart(10)}  ` +
      `p99 ${ms(l.p99).padStart(10)}  (${l.n} deliveries)`
    const report = (results: Map<Remote, Measured>, connections: number) => {
      const o = results.get(open)!
      const t = results.get(tokens)!
      console.log(row('open', o.latency))
      console.log(row('tokens', t.latency))
      console.log(
        `  ratio    p50 ${ratio(t.latency.p50, o.latency.p50).padStart(10)}  p95 ` +
          `${ratio(t.latency.p95, o.latency.p95).padStart(10)}  p99 ` +
          `${ratio(t.latency.p99, o.latency.p99).padStart(10)}`,
      )
      console.log(
        `  connect + sync all ${connections}: open ${ms(o.connectMs)}, tokens ` +
          `${ms(t.connectMs)} (${ratio(t.connectMs, o.connectMs)})`,
      )
    }

    const memory: [string, Map<Remote, Measured>][] = []
    for (const { clients, updates } of FANOUT) {
      console.log(
        `\n(e) Fan-out: 1 writer + ${clients - 1} readers in one board, ${updates} updates per server`,
      )
      const results = await scenario(servers, 1, clients, updates)
      report(results, clients)
      memory.push([`${clients} clients in one board`, results])
    }
    console.log(
      `\n(f) ${BOARDS * PER_BOARD} connections over ${BOARDS} boards, ${ROUNDS} rounds of ` +
        `${BOARDS} simultaneous edits per server`,
    )
    const many = await scenario(servers, BOARDS, PER_BOARD, ROUNDS)
    report(many, BOARDS * PER_BOARD)
    memory.push([`${BOARDS * PER_BOARD} connections, ${BOARDS} boards`, many])

    console.log('\n(g) Server memory after a full GC (RSS / V8 heap used)')
    const memRow = (label: string, o: Measured['memory'], t: Measured['memory']) =>
      console.log(
        `  ${label.padEnd(32)} open ${mib(o.rss).padStart(10)} / ${mib(o.heapUsed).padStart(9)}` +
          `   tokens ${mib(t.rss).padStart(10)} / ${mib(t.heapUsed).padStart(9)}` +
          `   heap ${ratio(t.heapUsed, o.heapUsed)}`,
      )
    memRow('idle (after warm-up)', idle.get(open)!, idle.get(tokens)!)
    for (const [label, results] of memory)
      memRow(label, results.get(open)!.memory, results.get(tokens)!.memory)
    for (const server of servers) {
      const heap = many.get(server)!.memory.heapUsed - idle.get(server)!.heapUsed
      console.log(
        `  heap per connection with ${BOARDS} boards loaded (${server.mode}): ` +
          `${(heap / (BOARDS * PER_BOARD) / 1024).toFixed(1)} KiB`,
      )
    }
  } finally {
    for (const server of servers) await server.stop()
  }
  console.log(`\nAccess benchmark ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

try {
  await main()
} finally {
  temp.removeAll()
}
process.exit(0)
