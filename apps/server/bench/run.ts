/**
 * `pnpm bench`: figures for docs/performance.md, not a test (nothing here fails a build).
 *
 * (a) Sync latency between two clients: sequential `moveActor` calls on client A, each timed
 *     until client B has applied it; through this server (validation + SQLite append on every
 *     update, both `synchronous` modes) and through the stock in-memory `setupWSConnection` of
 *     @y/websocket-server 0.1.1, interleaved in rounds within one run.
 * (b) Fan-out: one writer, 49 readers in one board; time until each reader has each update.
 * (c) Cold load of a 5,000-entity board (3,000 actors + 2,000 relations) from SQLite, including
 *     merge, migration and the guard's shadow copy; and time until a fresh client has synced.
 *
 * All clients run in the server's process (as in tech-findings §3), which is pessimistic: the
 * server and 50 clients share the same event loop and the same 2 cores.
 */
import { EventEmitter } from 'node:events'
import { createServer as createHttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpus, totalmem } from 'node:os'
import WebSocket, { WebSocketServer } from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { setupWSConnection } from '@y/websocket-server/utils'
import { createActor, createRelation, initBoard, moveActor, readActors } from '@samkart/model'
import { createServer } from '../src/createServer'
import { createLogger } from '../src/log'
import { SqliteStorage } from '../src/storage/SqliteStorage'
import { BoardRoom } from '../src/sync/BoardRoom'
import { TempDirs } from './TempDirs'
import { nextRemoteUpdate, percentile, until } from './waitFor'

// 50 providers in one process add more listeners to shared emitters than Node's default 10.
EventEmitter.defaultMaxListeners = 200

const ROUNDS = 4
const SETS_PER_ROUND = 500 // 2,000 sequential sets per server
const WARMUP = 200
const FANOUT_CLIENTS = 50
const FANOUT_UPDATES = 200
const LOAD_RUNS = 5
const SETTLE_MS = 250

/**
 * Lets timers and I/O run for `SETTLE_MS` without letting the process idle. With a plain
 * `setTimeout` pause the p99 of the Samkart rounds rose to 1.2–1.4 ms (0.6–1.1 ms, mostly under
 * 0.9, with this), with and without the journal, presumably because an idle V8 shrinks its heap
 * and the next round then collects garbage more often.
 */
async function settle(): Promise<void> {
  const end = performance.now() + SETTLE_MS
  while (performance.now() < end) await new Promise((resolve) => setImmediate(resolve))
}

const temp = new TempDirs('samkart-bench-')
const tempDir = temp.make

interface Target {
  name: string
  wsUrl: string
  boardId: string
  close(): Promise<void>
  /** The share-link token the clients connect with, where the server checks them. */
  token?: string
}

async function samkartTarget(sync: 'full' | 'normal'): Promise<Target> {
  const server = await createServer({
    port: 0,
    dataDir: tempDir(),
    staticDir: tempDir(),
    logger: createLogger('silent'),
    sqliteSync: sync,
    unloadGraceMs: 60_000,
    // The default configuration, share-link tokens checked, except the rate cap: sequential
    // edits as fast as the loop allows are far over the default 100 messages/s of a connection.
    messagesPerSecond: 1_000_000,
  })
  const res = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    body: JSON.stringify({ title: 'Benchmark' }),
  })
  const { id, token } = (await res.json()) as { id: string; token: string }
  return {
    name: `samkart (sqlite ${sync})`,
    wsUrl: server.wsUrl,
    boardId: id,
    token,
    close: server.close,
  }
}

async function stockTarget(): Promise<Target> {
  const http = createHttpServer()
  const wss = new WebSocketServer({ noServer: true })
  wss.on('connection', setupWSConnection)
  http.on('upgrade', (req, socket, head) =>
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)),
  )
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const port = (http.address() as AddressInfo).port
  return {
    name: 'stock @y/websocket-server 0.1.1 (in memory)',
    wsUrl: `ws://127.0.0.1:${port}`,
    boardId: 'bench',
    close: async () => {
      for (const ws of wss.clients) ws.terminate()
      await new Promise((resolve) => http.close(resolve))
    },
  }
}

async function connect(target: Target): Promise<{ doc: Y.Doc; provider: WebsocketProvider }> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(target.wsUrl, target.boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    ...(target.token ? { params: { token: target.token } } : {}),
  })
  await until(() => provider.synced)
  return { doc, provider }
}

interface Pair {
  target: Target
  a: { doc: Y.Doc; provider: WebsocketProvider }
  b: { doc: Y.Doc; provider: WebsocketProvider }
  actorId: string
  samples: number[]
  step: number
}

async function pair(target: Target): Promise<Pair> {
  const a = await connect(target)
  const b = await connect(target)
  const created = createActor(a.doc, { name: 'Målt aktør' })
  if (!created.ok) throw new Error(created.error.message)
  await until(() => readActors(b.doc).length === 1)
  return { target, a, b, actorId: created.value, samples: [], step: 0 }
}

/** `count` sequential moves on A, each timed until B has it. */
async function measureSets(p: Pair, count: number, record: boolean): Promise<void> {
  for (let i = 0; i < count; i++) {
    p.step++
    const arrived = nextRemoteUpdate(p.b.doc)
    const start = performance.now()
    moveActor(p.a.doc, p.actorId, {
      importance: (p.step % 1000) / 1000,
      substitutability: ((p.step * 7) % 1000) / 1000,
    })
    await arrived
    if (record) p.samples.push(performance.now() - start)
  }
}

const ms = (n: number) => `${n.toFixed(3)} ms`

async function latency(): Promise<void> {
  console.log(
    `\n(a) Sync latency, A → server → B, ${ROUNDS * SETS_PER_ROUND} sequential moveActor per server`,
  )
  const targets = [await stockTarget(), await samkartTarget('full'), await samkartTarget('normal')]
  const pairs = await Promise.all(targets.map(pair))
  for (const p of pairs) await measureSets(p, WARMUP, false)
  // Interleaved rounds, so drift in the machine's speed hits every server alike. The pause
  // after each lets a server finish work it deferred (Samkart moves journaled updates into
  // SQLite within 100 ms) before the next one is timed, so none is charged another's work.
  for (let round = 0; round < ROUNDS; round++)
    for (const p of pairs) {
      await measureSets(p, SETS_PER_ROUND, true)
      await settle()
    }
  const stock = pairs[0]!
  for (const p of pairs) {
    const ratio50 = percentile(p.samples, 50) / percentile(stock.samples, 50)
    const ratio99 = percentile(p.samples, 99) / percentile(stock.samples, 99)
    console.log(
      `  ${p.target.name.padEnd(44)} p50 ${ms(percentile(p.samples, 50))}  p99 ${ms(
        percentile(p.samples, 99),
      )}` + (p === stock ? '' : `  ratio p50 ${ratio50.toFixed(2)}×  p99 ${ratio99.toFixed(2)}×`),
    )
  }
  for (const p of pairs) {
    p.a.provider.destroy()
    p.b.provider.destroy()
    await p.target.close()
  }
}

async function fanOut(): Promise<void> {
  console.log(
    `\n(b) Fan-out: 1 writer + ${FANOUT_CLIENTS - 1} readers in one board, ${FANOUT_UPDATES} updates`,
  )
  for (const target of [
    await stockTarget(),
    await samkartTarget('normal'),
    await samkartTarget('full'),
  ]) {
    const clients = []
    for (let i = 0; i < FANOUT_CLIENTS; i++) clients.push(await connect(target))
    const [writer, ...readers] = clients
    const created = createActor(writer!.doc, { name: 'Fan-out' })
    if (!created.ok) throw new Error(created.error.message)
    await until(() => readers.every((r) => readActors(r.doc).length === 1))
    const samples: number[] = []
    for (let i = 0; i < FANOUT_UPDATES; i++) {
      const start = performance.now()
      const arrivals = readers.map((r) =>
        nextRemoteUpdate(r.doc).then(() => samples.push(performance.now() - start)),
      )
      moveActor(writer!.doc, created.value, { importance: (i % 100) / 100, substitutability: 0.5 })
      await Promise.all(arrivals)
    }
    console.log(
      `  ${target.name.padEnd(44)} p50 ${ms(percentile(samples, 50))}  p95 ${ms(
        percentile(samples, 95),
      )}  p99 ${ms(percentile(samples, 99))}  (${samples.length} deliveries)`,
    )
    for (const c of clients) c.provider.destroy()
    await target.close()
  }
}

function bigBoard(): { doc: Y.Doc; entities: number } {
  const doc = new Y.Doc()
  initBoard(doc, { title: 'Stor tavle' })
  const ids: string[] = []
  for (let i = 0; i < 3000; i++) {
    const r = createActor(doc, {
      name: `Aktør ${i}`,
      importance: (i % 97) / 97,
      substitutability: (i % 89) / 89,
      notes: i % 10 === 0 ? 'Notat om samarbeid og avhengigheter. '.repeat(4) : '',
    })
    if (r.ok) ids.push(r.value)
  }
  for (let i = 0; i < 2000; i++)
    createRelation(doc, { source: ids[i]!, target: ids[(i * 7 + 1) % ids.length]! })
  return { doc, entities: ids.length + 2000 }
}

async function load(): Promise<void> {
  console.log('\n(c) Cold load of a 5,000-entity board (3,000 actors + 2,000 relations)')
  const { doc, entities } = bigBoard()
  const dataDir = tempDir()
  const storage = SqliteStorage.open(dataDir)
  const state = Y.encodeStateAsUpdate(doc)
  await storage.createBoard({ id: 'big', title: 'Stor tavle', createdAt: '' }, state)
  // A second copy whose log holds 499 moves on top of the snapshot (just below compaction).
  await storage.createBoard({ id: 'biglog', title: 'Stor tavle', createdAt: '' }, state)
  const actors = readActors(doc)
  for (let i = 0; i < 499; i++) {
    const before = Y.encodeStateVector(doc)
    moveActor(doc, actors[i % actors.length]!.id, { importance: 0.5, substitutability: i / 499 })
    await storage.appendUpdate('biglog', Y.encodeStateAsUpdate(doc, before))
  }
  console.log(
    `  board: ${entities} entities, snapshot ${(state.length / 1024).toFixed(0)} KiB (update v1)`,
  )
  const options = { storage, logger: createLogger('silent'), compactEvery: 500 }
  for (const id of ['big', 'biglog']) {
    const times: number[] = []
    for (let run = 0; run < LOAD_RUNS; run++) {
      const start = performance.now()
      const room = await BoardRoom.load(id, { ...options, compactEvery: 10_000 })
      times.push(performance.now() - start)
      await room!.unload()
    }
    const label = id === 'big' ? 'snapshot only' : 'snapshot + 499 logged updates'
    console.log(
      `  BoardRoom.load, ${label.padEnd(30)} median ${ms(percentile(times, 50))}  ` +
        `min ${ms(Math.min(...times))}  max ${ms(Math.max(...times))}  (${LOAD_RUNS} runs)`,
    )
  }
  await storage.close()

  const server = await createServer({
    port: 0,
    dataDir,
    staticDir: tempDir(),
    logger: createLogger('silent'),
    access: 'open',
  })
  const start = performance.now()
  const client = await connect({
    name: '',
    wsUrl: server.wsUrl,
    boardId: 'big',
    close: server.close,
  })
  const synced = performance.now() - start
  console.log(
    `  first client synced (load + ${(state.length / 1024).toFixed(0)} KiB over loopback + apply): ${ms(synced)}`,
  )
  client.provider.destroy()
  await server.close()
}

const started = performance.now()
console.log('Samkart server benchmark')
console.log(
  `  ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
    `Node ${process.version}, ${process.platform}`,
)
try {
  await latency()
  await fanOut()
  await load()
} finally {
  temp.removeAll()
}
console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s`)
process.exit(0)
