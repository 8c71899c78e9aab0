/**
 * One client process of bench/scale.ts: connects the rooms it is given (one writer and some
 * readers per board, stock `WebsocketProvider`s), and on each `round` has every writer move
 * its actor at once, timing until each reader has it. Writer and readers of a board live in
 * the same process, so one clock times each delivery. It also reports how late its own event
 * loop ran, to show whether the clients or the server set the figures.
 */
import { EventEmitter } from 'node:events'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { createActor, readActors } from '@samkart/model'
import { type Client, type Room, editRound } from './editRound'
import { until } from './waitFor'

// Each provider listens to the process's `exit`.
EventEmitter.defaultMaxListeners = 5000

/** One board: who connects to it. */
export interface RoomSpec {
  boardId: string
  token: string
  readers: number
  /**
   * Where the writer (first) and each reader connect, e.g. spread over several instances;
   * absent: all of them to the process's `wsUrl`.
   */
  urls?: string[]
}

/** Messages from the benchmark to a client process. */
export type ToClients =
  | { type: 'connect'; wsUrl: string; rooms: RoomSpec[] }
  | { type: 'round'; step: number }
  | { type: 'stop' }

/** Messages from a client process to the benchmark. */
export type FromClients =
  { type: 'ready' } | { type: 'samples'; samples: number[]; loopDelayP99: number }

function connect(wsUrl: string, boardId: string, token: string): Client {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(wsUrl, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token },
  })
  provider.on('connection-close', (event) => {
    if (event && event.code >= 4000) throw new Error(`refused: ${event.code} ${event.reason}`)
  })
  return { doc, provider }
}

async function connectRooms(wsUrl: string, specs: RoomSpec[]): Promise<Room[]> {
  const rooms: Room[] = []
  // A few boards at a time, each synced before the next batch: a burst of hundreds of
  // handshakes at once measures the TCP backlog, not the server.
  for (let i = 0; i < specs.length; i += 5) {
    const batch = specs.slice(i, i + 5).map((spec) => ({
      writer: connect(spec.urls?.[0] ?? wsUrl, spec.boardId, spec.token),
      readers: Array.from({ length: spec.readers }, (_, i) =>
        connect(spec.urls?.[i + 1] ?? wsUrl, spec.boardId, spec.token),
      ),
    }))
    await until(
      () => batch.every((r) => [r.writer, ...r.readers].every((c) => c.provider.synced)),
      60_000,
    )
    for (const room of batch) {
      const created = createActor(room.writer.doc, { name: 'Aktør' })
      if (!created.ok) throw new Error(created.error.message)
      rooms.push({ ...room, actor: created.value })
    }
  }
  await until(() => rooms.every((r) => r.readers.every((c) => readActors(c.doc).length === 1)))
  return rooms
}

if (process.send) {
  const send = (message: FromClients) => process.send!(message)
  const delay = monitorEventLoopDelay({ resolution: 5 })
  let rooms: Room[] = []
  process.on('disconnect', () => process.exit(1))
  process.on('message', (message: ToClients) => {
    switch (message.type) {
      case 'connect':
        void connectRooms(message.wsUrl, message.rooms).then((connected) => {
          rooms = connected
          send({ type: 'ready' })
        })
        return
      case 'round':
        delay.enable()
        void editRound(rooms, message.step).then((samples) => {
          delay.disable()
          send({ type: 'samples', samples, loopDelayP99: delay.percentile(99) / 1e6 })
          delay.reset()
        })
        return
      case 'stop':
        for (const room of rooms)
          for (const client of [room.writer, ...room.readers]) client.provider.destroy()
        process.exit(0)
        return
      default: {
        const unreachable: never = message
        throw new Error(`unknown message ${JSON.stringify(unreachable)}`)
      }
    }
  })
}
