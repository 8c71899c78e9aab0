/**
 * `pnpm bench` (server part): how fast the server starts and how much memory it holds once it
 * listens, run from TypeScript through tsx (as `pnpm start` did before) and compiled (as it
 * does now: `pnpm build`, then `node dist/main.js`), alternating, in the same run.
 *
 * Startup is the time from spawning Node until `GET /api/health` first answers 200; memory is
 * the process's resident set (VmRSS) one second after that, idle, with no boards loaded.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DIST_DIR, buildServer } from '../src/build/buildServer'
import { SERVER_DIR, type ServerScript, serverArgs } from '../src/testing/serverProcess'
import { percentile } from './waitFor'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const PORT = Number(process.env.BENCH_PORT ?? 3181)

const VARIANTS: { name: string; script: ServerScript }[] = [
  { name: 'TypeScript through tsx (before)', script: { kind: 'source' } },
  {
    name: 'compiled, plain node (now)',
    script: { kind: 'compiled', mainJs: fileURLToPath(new URL('main.js', DIST_DIR)) },
  },
]

function rssOf(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) * 1024
}

async function once(script: ServerScript): Promise<{ startMs: number; rss: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'samkart-bench-startup-'))
  const started = performance.now()
  const child = spawn(
    process.execPath,
    serverArgs(script, '--port', String(PORT), '--data-dir', dataDir),
    {
      cwd: SERVER_DIR,
      env: { ...process.env, SAMKART_LOG_LEVEL: 'silent', SAMKART_STATIC_DIR: dataDir },
      stdio: 'ignore',
    },
  )
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    for (;;) {
      const up = await fetch(`http://127.0.0.1:${PORT}/api/health`).then(
        (r) => r.status === 200,
        () => false,
      )
      if (up) break
      if (performance.now() - started > 30_000) throw new Error('the server did not start')
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    const startMs = performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, 1000))
    return { startMs, rss: rssOf(child) }
  } finally {
    child.kill('SIGTERM')
    await exited
    rmSync(dataDir, { recursive: true, force: true })
  }
}

console.log('\n(h) Server startup and idle memory, source vs compiled')
await buildServer()
const results = new Map(
  VARIANTS.map((v) => [v.name, { starts: [] as number[], rss: [] as number[] }]),
)
for (let run = 0; run < RUNS; run++)
  for (const variant of run % 2 === 0 ? VARIANTS : [...VARIANTS].reverse()) {
    const { startMs, rss } = await once(variant.script)
    results.get(variant.name)!.starts.push(startMs)
    results.get(variant.name)!.rss.push(rss)
  }
const base = results.get(VARIANTS[0]!.name)!
for (const [name, { starts, rss }] of results) {
  const start = percentile(starts, 50)
  const memory = percentile(rss, 50)
  console.log(
    `  ${name.padEnd(34)} startup median ${start.toFixed(0).padStart(5)} ms ` +
      `(min ${Math.min(...starts).toFixed(0)}, max ${Math.max(...starts).toFixed(0)})  ` +
      `RSS median ${(memory / 2 ** 20).toFixed(0).padStart(4)} MiB  ` +
      `ratio ${(start / percentile(base.starts, 50)).toFixed(2)}× / ` +
      `${(memory / percentile(base.rss, 50)).toFixed(2)}×  (${RUNS} runs)`,
  )
}
