/**
 * (o) of the stock-server benchmark: server memory per 5,000-entity board. See bench/stockServer.ts for what is measured and how.
 */
import { initBoard, readActors, readRelations } from '@samkart/model'
import { BIG_BOARD, fillBigBoard } from './fillBigBoard'
import { type MeasuredServer, type Memory, type ServerKind } from './startMeasuredServer'
import { percentile, until } from './waitFor'
import type { Client } from './stockBench'
import {
  BIG_BOARDS,
  KINDS,
  sleep,
  ms,
  mib,
  ratio,
  startPair,
  stopPair,
  connect,
} from './stockBench'

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

export async function memoryPerBoard(): Promise<void> {
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
