/**
 * What the parts of the stock-server benchmark (bench/stockServer.ts) share: its settings (all
 * read from the environment here, so the run's header can name them once), the pair of servers
 * each part starts, and small formatting and client helpers.
 */
import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { type MeasuredServer, type ServerKind, startMeasuredServer } from './startMeasuredServer'
import { TempDirs } from './TempDirs'

// Up to 400 providers live in this process in (n), each listening to the process's `exit`.
EventEmitter.defaultMaxListeners = 1000

const list = (raw: string) => raw.split(',').map(Number)
export const SIZES = list(process.env.BENCH_SIZES ?? '10,100,1000')
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 15)
export const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP ?? 3)
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)
export const FANOUT = list(process.env.BENCH_FANOUT ?? '50,200')
export const FANOUT_EDITS = Number(process.env.BENCH_FANOUT_EDITS ?? 50)
export const FANOUT_WARMUP = 10
export const BIG_BOARDS = Number(process.env.BENCH_BIG_BOARDS ?? 5)
export const PROCESSES = 4
export const IDLE_SECONDS = 5
export const PER_BOARD = 10
export const EDIT_INTERVAL_MS = 1000
export const EDIT_JITTER_MS = 200
// Counted edits still under way when a round ends get this long to arrive; later is lost.
export const DRAIN_MS = 5000
// Fan-out edits at most every 25 ms: 40 a second, under the default cap of 100 per connection.
export const FANOUT_SPACING_MS = 25
export const KINDS: readonly ServerKind[] = ['samkart', 'stock']

export const temp = new TempDirs('samkart-bench-stock-')
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
export const ms = (n: number) => (n < 10 ? `${n.toFixed(2)} ms` : `${n.toFixed(1)} ms`)
export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`
export const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–')

/** CPU seconds the whole machine has spent busy so far (every core, every process). */
export function machineBusySeconds(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1)
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number)
  return (
    ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / 100
  )
}

export async function startPair(): Promise<Record<ServerKind, MeasuredServer>> {
  return {
    samkart: await startMeasuredServer('samkart', temp.make),
    stock: await startMeasuredServer('stock', temp.make),
  }
}

export async function stopPair(servers: Record<ServerKind, MeasuredServer>): Promise<void> {
  for (const kind of KINDS) await servers[kind].stop()
}

export interface Client {
  doc: Y.Doc
  provider: WebsocketProvider
}

export function connect(server: MeasuredServer, boardId: string, token?: string): Client {
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
