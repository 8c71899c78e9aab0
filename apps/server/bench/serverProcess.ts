import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { DIST_DIR } from '../src/build/buildServer'
import { SERVER_DIR, serverArgs } from '../src/testing/serverProcess'
import { until } from './waitFor'

/** CPU seconds (user + system) process `pid` has used so far, from `/proc` (Linux). */
export function processCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  const ticks = 100 // USER_HZ on Linux
  return (Number(fields[11]) + Number(fields[12])) / ticks // utime, stime
}

/** The compiled server in a process of its own, measured from outside. */
export interface Server {
  url: string
  wsUrl: string
  /** CPU seconds (user + system) the process has used so far. */
  cpu(): number
  stop(): Promise<void>
}

/**
 * Starts the compiled server (`dist/main.js`, built by `buildServer`) on a free port with
 * `dataDir`, plus `env` (e.g. `SAMKART_DATABASE_URL`); resolves once it listens.
 */
export async function startCompiledServer(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<Server> {
  const child = spawn(
    process.execPath,
    serverArgs(
      { kind: 'compiled', mainJs: fileURLToPath(new URL('main.js', DIST_DIR)) },
      '--port',
      '0',
      '--data-dir',
      dataDir,
    ),
    {
      cwd: SERVER_DIR,
      env: { ...process.env, SAMKART_LOG_LEVEL: 'warn', SAMKART_STATIC_DIR: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  await until(() => /Samkart kjører på (http:\/\/\S+)/.test(output), 30_000)
  const url = /Samkart kjører på (http:\/\/\S+)/.exec(output)![1]!
  return {
    url,
    wsUrl: url.replace(/^http/, 'ws') + '/ws',
    cpu: () => processCpuSeconds(child.pid!),
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}
