/**
 * (n) of the stock-server benchmark: fan-out from one writer to 49 or 199 readers. See bench/stockServer.ts for what is measured and how.
 */
import { createActor, moveActor, readActors } from '@samkart/model'
import { type MeasuredServer } from './startMeasuredServer'
import { nextRemoteUpdate, percentile, until } from './waitFor'
import type { Client } from './stockBench'
import {
  ROUNDS,
  FANOUT,
  FANOUT_EDITS,
  FANOUT_WARMUP,
  FANOUT_SPACING_MS,
  KINDS,
  sleep,
  ms,
  ratio,
  startPair,
  stopPair,
  connect,
} from './stockBench'

// ---------------------------------------------------------------- (n) fan-out

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

export async function fanOut(): Promise<void> {
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
