import { execFileSync, spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A built app served by the real server for a browser benchmark. */
export interface BenchServer {
  /** `http://127.0.0.1:<port>` */
  base: string
  /** The server's data folder (emptied at start), e.g. for `samkart registry import`. */
  dataDir: string
  /** Stops the server and everything pnpm started for it. */
  stop(): void
}

/**
 * Builds the app into a folder of its own, starts the real server on `port` with an empty data
 * folder (as playwright.config.ts does), and resolves once `/api/health` answers. `env` adds
 * server settings, e.g. a higher rate cap for seeding.
 */
export async function startBenchServer(
  name: string,
  port: number,
  env: Record<string, string> = {},
  options: { plainBaseline?: boolean } = {},
): Promise<BenchServer> {
  const dataDir = join(tmpdir(), `samkart-bench-${name}-data-${port}`)
  const webDir = join(tmpdir(), `samkart-bench-${name}-web-${port}`)
  console.log(`Building the app and starting the server on ${port} …`)
  // BENCH_MINIFY=false keeps function names readable in profiles (bench:trace).
  const minify = process.env.BENCH_MINIFY === 'false' ? ['--minify', 'false'] : []
  execFileSync('pnpm', ['exec', 'vite', 'build', ...minify, '--outDir', webDir, '--emptyOutDir'], {
    stdio: 'ignore',
  })
  // The plain React Flow page the canvas benchmarks compare with, at /bench-plain/.
  if (options.plainBaseline)
    execFileSync(
      'pnpm',
      [
        'exec',
        'vite',
        'build',
        '--config',
        'bench/plain/vite.config.ts',
        '--outDir',
        join(webDir, 'bench-plain'),
        '--emptyOutDir',
      ],
      { stdio: 'ignore' },
    )
  rmSync(dataDir, { recursive: true, force: true })
  const child = spawn('pnpm', ['--filter', '@samkart/server', 'start'], {
    env: {
      ...process.env,
      SAMKART_PORT: String(port),
      SAMKART_HOST: '127.0.0.1',
      SAMKART_DATA_DIR: dataDir,
      SAMKART_STATIC_DIR: webDir,
      SAMKART_LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: 'ignore',
    // Its own process group, so stopping it also stops the server that pnpm started.
    detached: true,
  })
  const server: BenchServer = {
    base: `http://127.0.0.1:${port}`,
    dataDir,
    stop: () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    },
  }
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${server.base}/api/health`)).ok) return server
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  server.stop()
  throw new Error('the server did not start')
}
