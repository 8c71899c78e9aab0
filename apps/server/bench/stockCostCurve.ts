/**
 * (m) of the stock-server benchmark: the cost curve at 10, 100 and 1,000 connections. See bench/stockServer.ts for what is measured and how.
 */
import { processCpuSeconds } from './serverProcess'
import { type MeasuredServer, type ServerKind } from './startMeasuredServer'
import { type SteadyClientProcess, forkSteadyClients } from './steadyClientProcess'
import type { SteadyBoard } from './steadyClients'
import { percentile } from './waitFor'
import {
  SIZES,
  SECONDS,
  WARMUP_SECONDS,
  ROUNDS,
  PROCESSES,
  IDLE_SECONDS,
  PER_BOARD,
  EDIT_INTERVAL_MS,
  EDIT_JITTER_MS,
  DRAIN_MS,
  KINDS,
  sleep,
  ms,
  mib,
  ratio,
  machineBusySeconds,
  startPair,
  stopPair,
} from './stockBench'

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

export async function costCurve(): Promise<void> {
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
