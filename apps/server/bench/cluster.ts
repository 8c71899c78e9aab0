/**
 * `pnpm bench`: several instances on PostgreSQL and Redis (docs/performance.md, (k)).
 *
 * (a) Two-client latency, sequential `moveActor` on A timed until B has it: the embedded SQLite
 *     default, the stock in-memory server, PostgreSQL with both clients on one instance, and
 *     PostgreSQL + Redis with the clients on two instances.
 * (b) Fan-out: one writer and readers spread over three instances; time until every reader has
 *     each update.
 *
 * Starts its own throw-away PostgreSQL and Redis (as the tests do); without them installed it
 * says so and skips. Everything runs in this process, servers and clients alike.
 */
import { EventEmitter } from 'node:events'
import { createServer as createHttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import WebSocket, { WebSocketServer } from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { setupWSConnection } from '@y/websocket-server/utils'
import { createActor, moveActor, readActors } from '@samkart/model'
import { type SamkartServer, createServer } from '../src/createServer'
import { createLogger } from '../src/log'
import {
  type PostgresService,
  type RedisService,
  startPostgres,
  startRedis,
} from '../src/testing/services'
import { TempDirs } from './TempDirs'
import { nextRemoteUpdate, percentile, until } from './waitFor'

EventEmitter.defaultMaxListeners = 400

const SETS = Number(process.env.SAMKART_BENCH_SETS ?? 1000)
const WARMUP = 100
const FANOUT_CLIENTS = Number(process.env.SAMKART_BENCH_FANOUT ?? 200)
const FANOUT_UPDATES = 50

const temp = new TempDirs('samkart-bench-cluster-')

interface Setup {
  name: string
  /** Where A and B (and fan-out readers, round robin) connect. */
  urls: string[]
  boardId: string
  token?: string
  close(): Promise<void>
}

async function samkart(
  name: string,
  instances: number,
  shared: { databaseUrl?: string; redisUrl?: string },
): Promise<Setup> {
  const servers: SamkartServer[] = []
  for (let i = 0; i < instances; i++)
    servers.push(
      await createServer({
        port: 0,
        dataDir: temp.make(),
        staticDir: temp.make(),
        logger: createLogger('silent'),
        unloadGraceMs: 60_000,
        messagesPerSecond: 1_000_000,
        maxConnectionsPerBoard: 10_000,
        ...shared,
      }),
    )
  const res = await fetch(`${servers[0]!.url}/api/boards`, {
    method: 'POST',
    body: JSON.stringify({ title: 'Benchmark' }),
  })
  const { id, token } = (await res.json()) as { id: string; token: string }
  return {
    name,
    urls: servers.map((s) => s.wsUrl),
    boardId: id,
    token,
    close: async () => {
      for (const server of servers) await server.close()
    },
  }
}

async function stock(): Promise<Setup> {
  const http = createHttpServer()
  const wss = new WebSocketServer({ noServer: true })
  wss.on('connection', setupWSConnection)
  http.on('upgrade', (req, socket, head) =>
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)),
  )
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const port = (http.address() as AddressInfo).port
  return {
    name: 'stock @y/websocket-server 0.1.1 (memory)',
    urls: [`ws://127.0.0.1:${port}`],
    boardId: 'bench',
    close: async () => {
      for (const ws of wss.clients) ws.terminate()
      await new Promise((resolve) => http.close(resolve))
    },
  }
}

async function connect(setup: Setup, i: number) {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(setup.urls[i % setup.urls.length]!, setup.boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    ...(setup.token ? { params: { token: setup.token } } : {}),
  })
  await until(() => provider.synced)
  return { doc, provider }
}

const ms = (n: number) => `${n.toFixed(3)} ms`

async function latency(setup: Setup): Promise<void> {
  const a = await connect(setup, 0)
  const b = await connect(setup, 1)
  const created = createActor(a.doc, { name: 'Målt' })
  if (!created.ok) throw new Error(created.error.message)
  await until(() => readActors(b.doc).length === 1)
  const samples: number[] = []
  for (let i = 0; i < WARMUP + SETS; i++) {
    const arrived = nextRemoteUpdate(b.doc)
    const start = performance.now()
    moveActor(a.doc, created.value, { importance: (i % 1000) / 1000, substitutability: 0.5 })
    await arrived
    if (i >= WARMUP) samples.push(performance.now() - start)
  }
  console.log(
    `  ${setup.name.padEnd(46)} p50 ${ms(percentile(samples, 50))}  p99 ${ms(percentile(samples, 99))}`,
  )
  a.provider.destroy()
  b.provider.destroy()
}

async function fanOut(setup: Setup): Promise<void> {
  const clients = []
  for (let i = 0; i < FANOUT_CLIENTS; i++) clients.push(await connect(setup, i))
  const [writer, ...readers] = clients
  const created = createActor(writer!.doc, { name: 'Fan-out' })
  if (!created.ok) throw new Error(created.error.message)
  await until(() => readers.every((r) => readActors(r.doc).length === 1), 60_000)
  const samples: number[] = []
  for (let i = 0; i < FANOUT_UPDATES; i++) {
    const start = performance.now()
    const arrivals = readers.map((r) =>
      nextRemoteUpdate(r.doc).then(() => samples.push(performance.now() - start)),
    )
    moveActor(writer!.doc, created.value, { importance: i / FANOUT_UPDATES, substitutability: 0.5 })
    await Promise.all(arrivals)
  }
  console.log(
    `  ${setup.name.padEnd(46)} every reader: p50 ${ms(percentile(samples, 50))}  p99 ${ms(percentile(samples, 99))}`,
  )
  for (const c of clients) c.provider.destroy()
}

async function main(): Promise<void> {
  let pg: PostgresService
  let redis: RedisService
  try {
    pg = await startPostgres()
  } catch (err) {
    console.log(`(k) skipped: ${err instanceof Error ? err.message : String(err)}`)
    return
  }
  try {
    redis = await startRedis()
  } catch (err) {
    await pg.stop()
    console.log(`(k) skipped: ${err instanceof Error ? err.message : String(err)}`)
    return
  }
  try {
    console.log(`\n(k) Several instances: two-client latency, ${SETS} sequential moveActor`)
    const setups = [
      await stock(),
      await samkart('samkart, embedded SQLite', 1, {}),
      await samkart('samkart, PostgreSQL, both on one instance', 1, {
        databaseUrl: await pg.createDatabase(),
      }),
      await samkart('samkart, PostgreSQL + Redis, on two instances', 2, {
        databaseUrl: await pg.createDatabase(),
        redisUrl: redis.url,
      }),
    ]
    for (const setup of setups) await latency(setup)
    for (const setup of setups) await setup.close()

    console.log(`\n(k) Fan-out: 1 writer + ${FANOUT_CLIENTS - 1} readers over 3 instances`)
    const three = await samkart('samkart, PostgreSQL + Redis, 3 instances', 3, {
      databaseUrl: await pg.createDatabase(),
      redisUrl: redis.url,
    })
    await fanOut(three)
    await three.close()
  } finally {
    await redis.stop()
    await pg.stop()
    temp.removeAll()
  }
}

await main()
