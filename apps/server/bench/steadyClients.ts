/**
 * One client process of bench/stockServer.ts: connects the boards it is given (every client
 * of a board in this process, so one clock times each delivery) and, while a round runs, has
 * every client move its own actor about once a second, each on its own jittered timer so they
 * do not all fire together. Every other client of the board is timed until it has applied
 * that very edit (the move's value names it), and edits nobody received are counted.
 */
import { EventEmitter } from 'node:events'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { createActor, moveActor, readActors } from '@samkart/model'
import type { ServerKind } from './startMeasuredServer'
import { until } from './waitFor'

// Each provider listens to the process's `exit`.
EventEmitter.defaultMaxListeners = 5000

/** One board and who connects to it. */
export interface SteadyBoard {
  server: ServerKind
  wsUrl: string
  boardId: string
  token?: string
  clients: number
}

/** Messages from the benchmark to a client process. */
export type ToSteady =
  | { type: 'connect'; boards: SteadyBoard[] }
  /** Starts the edits on `server`'s boards; they count once `count` comes. */
  | { type: 'start'; server: ServerKind; intervalMs: number; jitterMs: number }
  | { type: 'count' }
  | { type: 'stop' }
  /** Waits up to `drainMs` for counted edits still under way, then reports. */
  | { type: 'report'; drainMs: number }
  | { type: 'exit' }

/** What a round measured in one process. */
export interface SteadyReport {
  /** Milliseconds from an edit to one other client having applied it. */
  samples: number[]
  edits: number
  /** Deliveries the counted edits should have made (edits × other clients of the board). */
  expected: number
  loopDelayP99: number
  loopDelayMax: number
}

/** Messages from a client process to the benchmark. */
export type FromSteady = { type: 'ready' } | ({ type: 'report' } & SteadyReport)

/** One edit on its way: when it was made, whether it counts, how many have yet to get it. */
interface Edit {
  start: number
  counted: boolean
  remaining: number
}

interface Client {
  board: SteadyBoard
  doc: Y.Doc
  provider: WebsocketProvider
  actor: string
  /** This client's edits under way, by the key its move's value encodes. */
  pending: Map<number, Edit>
  seq: number
  timer?: NodeJS.Timeout
}

const MOVE_KEYS = 1000

let counting = false
let report: SteadyReport = { samples: [], edits: 0, expected: 0, loopDelayP99: 0, loopDelayMax: 0 }
const delay = monitorEventLoopDelay({ resolution: 5 })

function connect(board: SteadyBoard): Omit<Client, 'actor'> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(board.wsUrl, board.boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    ...(board.token ? { params: { token: board.token } } : {}),
  })
  provider.on('connection-close', (event) => {
    if (event && event.code >= 4000) throw new Error(`refused: ${event.code} ${event.reason}`)
  })
  return { board, doc, provider, pending: new Map(), seq: 0 }
}

/**
 * Times each other client's edits as this one applies them. The actor maps are looked up
 * once; a remote transaction that changed one of them carries the writer's key in the value.
 */
function watch(reader: Client, writers: Client[]): void {
  const actors = reader.doc.getMap('actors')
  const byMap = new Map<unknown, Client>()
  for (const w of writers) if (w !== reader) byMap.set(actors.get(w.actor), w)
  reader.doc.on('afterTransaction', (tr: Y.Transaction) => {
    if (tr.local) return
    const now = performance.now()
    for (const type of tr.changed.keys()) {
      const writer = byMap.get(type)
      if (!writer || !(type instanceof Y.Map)) continue
      const key = Math.round((type.get('importance') as number) * MOVE_KEYS)
      const edit = writer.pending.get(key)
      if (!edit) continue
      if (edit.counted) report.samples.push(now - edit.start)
      if (--edit.remaining === 0) writer.pending.delete(key)
    }
  })
}

async function connectBoards(boards: SteadyBoard[]): Promise<Client[]> {
  const all: Client[] = []
  // A few boards at a time, each synced before the next batch: a burst of hundreds of
  // handshakes at once measures the TCP backlog, not the server.
  for (let i = 0; i < boards.length; i += 5) {
    const batch = boards
      .slice(i, i + 5)
      .map((board) => Array.from({ length: board.clients }, () => connect(board)))
    await until(() => batch.every((room) => room.every((c) => c.provider.synced)), 60_000)
    const rooms = batch.map((room) =>
      room.map((c) => {
        const created = createActor(c.doc, { name: 'Aktør' })
        if (!created.ok) throw new Error(created.error.message)
        return { ...c, actor: created.value }
      }),
    )
    await until(
      () => rooms.every((room) => room.every((c) => readActors(c.doc).length === room.length)),
      60_000,
    )
    for (const room of rooms) for (const c of room) watch(c, room)
    all.push(...rooms.flat())
  }
  return all
}

function edit(client: Client): void {
  client.seq++
  const key = (client.seq % (MOVE_KEYS - 1)) + 1
  const others = client.board.clients - 1
  client.pending.set(key, { start: performance.now(), counted: counting, remaining: others })
  if (counting) {
    report.edits++
    report.expected += others
  }
  moveActor(client.doc, client.actor, { importance: key / MOVE_KEYS, substitutability: 0.5 })
}

function start(clients: Client[], intervalMs: number, jitterMs: number): void {
  for (const c of clients) {
    c.pending.clear()
    const tick = () => {
      edit(c)
      c.timer = setTimeout(tick, intervalMs + (Math.random() * 2 - 1) * jitterMs)
    }
    // A random phase, so the edits spread over the second rather than arrive together.
    c.timer = setTimeout(tick, Math.random() * intervalMs)
  }
}

async function drain(clients: Client[], drainMs: number): Promise<void> {
  const underway = () => clients.some((c) => [...c.pending.values()].some((e) => e.counted))
  const deadline = performance.now() + drainMs
  while (underway() && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 10))
}

if (process.send) {
  const send = (message: FromSteady) => process.send!(message)
  let clients: Client[] = []
  let editing: Client[] = []
  process.on('disconnect', () => process.exit(1))
  process.on('message', (message: ToSteady) => {
    switch (message.type) {
      case 'connect':
        void connectBoards(message.boards).then((connected) => {
          clients.push(...connected)
          send({ type: 'ready' })
        })
        return
      case 'start':
        editing = clients.filter((c) => c.board.server === message.server)
        report = { samples: [], edits: 0, expected: 0, loopDelayP99: 0, loopDelayMax: 0 }
        start(editing, message.intervalMs, message.jitterMs)
        return
      case 'count':
        counting = true
        delay.reset()
        delay.enable()
        return
      case 'stop':
        counting = false
        delay.disable()
        for (const c of editing) clearTimeout(c.timer)
        return
      case 'report':
        void drain(editing, message.drainMs).then(() => {
          report.loopDelayP99 = delay.percentile(99) / 1e6
          report.loopDelayMax = delay.max / 1e6
          send({ type: 'report', ...report })
        })
        return
      case 'exit':
        for (const c of clients) c.provider.destroy()
        clients = []
        process.exit(0)
        return
      default: {
        const unreachable: never = message
        throw new Error(`unknown message ${JSON.stringify(unreachable)}`)
      }
    }
  })
}
