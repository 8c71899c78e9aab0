/**
 * The two servers bench/stockServer.ts compares, each in a process of its own and measured
 * the same way from outside: Samkart's compiled `dist/main.js` (default configuration,
 * share-link tokens checked) and the stock `@y/websocket-server` 0.1.1 (bench/stockServerMain.ts).
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { DIST_DIR, buildServer } from '../src/build/buildServer'
import { SERVER_DIR } from '../src/testing/serverProcess'
import { processCpuSeconds, startCompiledServer } from './serverProcess'
import { until } from './waitFor'

/** Which server. */
export type ServerKind = 'samkart' | 'stock'

/** A board as a client joins it. */
export interface BenchBoard {
  id: string
  /** The share-link token (a facilitator's) where the server checks them. */
  token?: string
}

/** Memory of a server process after two full collections. */
export interface Memory {
  rss: number
  heapUsed: number
}

/** A benchmarked server process. */
export interface MeasuredServer {
  kind: ServerKind
  wsUrl: string
  /** A new empty board: through the API for Samkart, a fresh room name for the stock server. */
  createBoard(title: string): Promise<BenchBoard>
  /** CPU seconds (user + system) the process has used so far. */
  cpu(): number
  /** The process's resident set now, in bytes, without disturbing it. */
  rss(): number
  /** RSS and V8 heap used after two full collections in the process. */
  memory(): Promise<Memory>
  stop(): Promise<void>
}

/** Where the compiled stock server and probe go: beside `dist/main.js`, so `node_modules` resolves. */
const BENCH_OUT = new URL('bench/', DIST_DIR)
const PROBE_JS = fileURLToPath(new URL('memoryProbe.js', BENCH_OUT))
const STOCK_JS = fileURLToPath(new URL('stockServerMain.js', BENCH_OUT))

/** Compiles Samkart (`dist/main.js`), the stock server entry and the memory probe. */
export async function compileServers(): Promise<void> {
  await buildServer()
  await build({
    absWorkingDir: SERVER_DIR,
    entryPoints: {
      memoryProbe: 'bench/memoryProbe.ts',
      stockServerMain: 'bench/stockServerMain.ts',
    },
    outdir: fileURLToPath(BENCH_OUT),
    bundle: true,
    // Every npm package is loaded from node_modules as it is, the same copies Samkart loads.
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  })
}

/** Resident set of process `pid` in bytes, from `/proc` (Linux). */
function processRss(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return Number(line?.[1] ?? 0) * 1024
}

/** Asks the probe in process `pid` (writing to `probeDir`) for its memory after GC. */
async function probeMemory(pid: number, probeDir: string): Promise<Memory> {
  const file = join(probeDir, 'memory.json')
  rmSync(file, { force: true })
  process.kill(pid, 'SIGUSR2')
  await until(() => existsSync(file), 30_000)
  const { rss, heapUsed } = JSON.parse(readFileSync(file, 'utf8')) as Memory
  return { rss, heapUsed }
}

async function startSamkart(dataDir: string, probeDir: string): Promise<MeasuredServer> {
  const server = await startCompiledServer(dataDir, {
    NODE_OPTIONS: `--import ${PROBE_JS}`,
    BENCH_PROBE_DIR: probeDir,
  })
  const pid = Number(readFileSync(join(probeDir, 'pid'), 'utf8'))
  return {
    kind: 'samkart',
    wsUrl: server.wsUrl,
    createBoard: async (title) => {
      const res = await fetch(`${server.url}/api/boards`, {
        method: 'POST',
        body: JSON.stringify({ title }),
      })
      if (res.status !== 201) throw new Error(`POST /api/boards: ${res.status}`)
      return (await res.json()) as { id: string; token: string }
    },
    cpu: server.cpu,
    rss: () => processRss(pid),
    memory: () => probeMemory(pid, probeDir),
    stop: server.stop,
  }
}

async function startStock(probeDir: string): Promise<MeasuredServer> {
  const child = spawn(process.execPath, [STOCK_JS], {
    cwd: SERVER_DIR,
    env: { ...process.env, NODE_OPTIONS: `--import ${PROBE_JS}`, BENCH_PROBE_DIR: probeDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  await until(() => /listening on \d+/.test(output), 30_000)
  const port = /listening on (\d+)/.exec(output)![1]!
  const pid = child.pid!
  let rooms = 0
  return {
    kind: 'stock',
    wsUrl: `ws://127.0.0.1:${port}`,
    // The stock server has no API: a room exists once someone joins it.
    createBoard: async () => ({ id: `board-${++rooms}` }),
    cpu: () => processCpuSeconds(pid),
    rss: () => processRss(pid),
    memory: () => probeMemory(pid, probeDir),
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}

/**
 * Starts a server of `kind` in a process of its own (after {@link compileServers}), with its
 * data, if any, and the probe's files in folders made by `tempDir`; resolves once it listens.
 */
export async function startMeasuredServer(
  kind: ServerKind,
  tempDir: () => string,
): Promise<MeasuredServer> {
  const probeDir = tempDir()
  mkdirSync(probeDir, { recursive: true })
  return kind === 'samkart' ? startSamkart(tempDir(), probeDir) : startStock(probeDir)
}
