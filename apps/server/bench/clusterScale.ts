/**
 * `pnpm bench`: 3,000 connections over 300 boards on 3 instances (docs/performance.md, (l)).
 *
 * Three compiled servers (`node dist/main.js`), each in a process of its own, share one
 * PostgreSQL database and one Redis. Every board has one writer and nine readers spread over
 * the three instances (the writer's instance has three of them, the others three each), so
 * nearly every delivery crosses instances through Redis. The clients run in several processes
 * (bench/scaleClients.ts). The same load on one instance with the embedded SQLite default runs
 * first, for comparison. Each round, all 300 writers move their actor at once; a sample is
 * the time from a writer's move to one of its readers having it. Reported: p50/p95/p99 over
 * the rounds, the CPU each instance used over them (1 = one core busy), the client processes'
 * together, the whole machine's busy cores (PostgreSQL, Redis and whatever else runs
 * included), and how late the client processes' event loops ran.
 *
 * Starts its own throw-away PostgreSQL and Redis (as the tests do); without them installed it
 * says so and skips.
 */
import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { buildServer } from '../src/build/buildServer'
import {
  type PostgresService,
  type RedisService,
  startPostgres,
  startRedis,
} from '../src/testing/services'
import { type ClientProcess, forkClients, stopClients } from './clientProcess'
import type { RoomSpec } from './scaleClients'
import { type Server, processCpuSeconds, startCompiledServer } from './serverProcess'
import { TempDirs } from './TempDirs'
import { percentile } from './waitFor'

const INSTANCES = 3
const BOARDS = Number(process.env.SAMKART_BENCH_CLUSTER_BOARDS ?? 300)
const PER_BOARD = 10
const PROCESSES = Number(process.env.SAMKART_BENCH_CLUSTER_PROCESSES ?? 4)
const ROUNDS = Number(process.env.SAMKART_BENCH_CLUSTER_ROUNDS ?? 30)
const WARMUP = 3

const temp = new TempDirs('samkart-bench-cluster-scale-')
const ms = (n: number) => `${n.toFixed(1)} ms`

/** CPU seconds the whole machine has spent busy so far (every core, every process). */
function machineBusySeconds(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1)
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number)
  return (
    ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / 100
  )
}

/** CPU seconds the client processes have used so far, together. */
const clientCpu = (clients: readonly ClientProcess[]) =>
  clients.reduce((sum, c) => sum + processCpuSeconds(c.child.pid!), 0)

async function createBoard(server: Server, title: string): Promise<{ id: string; token: string }> {
  const res = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    body: JSON.stringify({ title }),
  })
  if (res.status !== 201) throw new Error(`POST /api/boards: ${res.status}`)
  return (await res.json()) as { id: string; token: string }
}

async function measure(label: string, servers: Server[]): Promise<void> {
  console.log(`  ${label}`)
  const n = servers.length
  const specs: RoomSpec[] = []
  for (let i = 0; i < BOARDS; i++) {
    const board = await createBoard(servers[i % n]!, `Tavle ${i}`)
    // Writer on instance i % n, the nine readers round the instances after it.
    const urls = Array.from({ length: PER_BOARD }, (_, j) => servers[(i + j) % n]!.wsUrl)
    specs.push({ boardId: board.id, token: board.token, readers: PER_BOARD - 1, urls })
  }
  const clients: ClientProcess[] = Array.from({ length: PROCESSES }, forkClients)
  try {
    const started = performance.now()
    await Promise.all(
      clients.map((c, n) => {
        const ready = c.next('ready')
        c.send({
          type: 'connect',
          wsUrl: servers[0]!.wsUrl,
          rooms: specs.filter((_, i) => i % PROCESSES === n),
        })
        return ready
      }),
    )
    const connectMs = performance.now() - started
    const samples: number[] = []
    let lag = 0
    let cpuStart: number[] = []
    let clientsStart = 0
    let machineStart = 0
    let wallStart = 0
    for (let step = 0; step < ROUNDS + WARMUP; step++) {
      if (step === WARMUP) {
        cpuStart = servers.map((s) => s.cpu())
        clientsStart = clientCpu(clients)
        machineStart = machineBusySeconds()
        wallStart = performance.now()
      }
      const rounds = await Promise.all(
        clients.map((c) => {
          const answer = c.next('samples')
          c.send({ type: 'round', step })
          return answer
        }),
      )
      if (step < WARMUP) continue
      for (const r of rounds) {
        samples.push(...r.samples)
        lag = Math.max(lag, r.loopDelayP99)
      }
    }
    const wall = (performance.now() - wallStart) / 1000
    const cores = servers.map((s, i) => (s.cpu() - cpuStart[i]!) / wall)
    const clientCores = (clientCpu(clients) - clientsStart) / wall
    const machine = (machineBusySeconds() - machineStart) / wall
    console.log(
      `    connect ${BOARDS * PER_BOARD} clients: ${(connectMs / 1000).toFixed(1)} s; ` +
        `${ROUNDS} rounds of ${BOARDS} simultaneous edits in ${wall.toFixed(1)} s`,
    )
    console.log(
      `    delivery   p50 ${ms(percentile(samples, 50))}  p95 ${ms(percentile(samples, 95))}  ` +
        `p99 ${ms(percentile(samples, 99))}  max ${ms(Math.max(...samples))}  (${samples.length})`,
    )
    console.log(
      `    CPU per instance ${cores.map((c) => c.toFixed(2)).join(' / ')} cores ` +
        `(${cores.map((c) => ((c * wall * 1000) / ROUNDS).toFixed(0)).join(' / ')} ms per round); ` +
        `client processes ${clientCores.toFixed(2)} cores; whole machine ${machine.toFixed(2)} ` +
        `of ${cpus().length} cores busy (the rest: PostgreSQL, Redis, anything else running); ` +
        `client loop lag p99 ${ms(lag)}`,
    )
  } finally {
    await stopClients(clients)
  }
}

async function main(): Promise<void> {
  console.log(
    `\n(l) ${BOARDS * PER_BOARD} connections over ${BOARDS} boards (1 writer + ${PER_BOARD - 1} ` +
      `readers each), ${ROUNDS} rounds of ${BOARDS} simultaneous edits, clients in ${PROCESSES} processes`,
  )
  let pg: PostgresService
  let redis: RedisService
  try {
    pg = await startPostgres()
  } catch (err) {
    console.log(`(l) skipped: ${err instanceof Error ? err.message : String(err)}`)
    return
  }
  try {
    redis = await startRedis()
  } catch (err) {
    await pg.stop()
    console.log(`(l) skipped: ${err instanceof Error ? err.message : String(err)}`)
    return
  }
  const servers: Server[] = []
  const stopAll = async () => {
    for (const server of servers.splice(0)) await server.stop()
  }
  try {
    await buildServer()
    // The same load on one instance with the embedded default, for comparison (its
    // server-wide cap raised: 3,000 is over the default 2,000).
    servers.push(await startCompiledServer(temp.make(), { SAMKART_MAX_CONNECTIONS: '5000' }))
    await measure('1 instance, embedded SQLite', servers)
    await stopAll()
    const env = {
      SAMKART_DATABASE_URL: await pg.createDatabase(),
      SAMKART_REDIS_URL: redis.url,
    }
    for (let i = 0; i < INSTANCES; i++) servers.push(await startCompiledServer(temp.make(), env))
    await measure(`${INSTANCES} instances, PostgreSQL + Redis`, servers)
  } finally {
    await stopAll()
    await redis.stop()
    await pg.stop()
    temp.removeAll()
  }
}

const started = performance.now()
await main()
console.log(`(l) took ${((performance.now() - started) / 1000).toFixed(1)} s`)
process.exit(0)
