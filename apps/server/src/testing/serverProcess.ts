import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestBed } from './TestBed'
import { waitFor } from './waitFor'

/** The server package's folder, where its scripts run. */
export const SERVER_DIR = fileURLToPath(new URL('../..', import.meta.url))

/**
 * How to run the server as a process: from TypeScript, as ONE process (Node with tsx's loader
 * in-process: the `tsx` command would start the server as a child of its own, so a SIGKILL
 * would kill only the wrapper), or compiled, as `pnpm start` runs it.
 */
export type ServerScript = { kind: 'source' } | { kind: 'compiled'; mainJs: string }

/** Node's arguments for `script` with the server's own `args`. */
export function serverArgs(script: ServerScript, ...args: string[]): string[] {
  return script.kind === 'source'
    ? ['--import', 'tsx', 'src/main.ts', ...args]
    : ['--enable-source-maps', script.mainJs, ...args]
}

/** A running server process. */
export interface ServerProcess {
  process: ChildProcess
  url: string
  wsUrl: string
  /** Its stdout and stderr so far. */
  output: () => string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/**
 * Starts the server as a real separate process on a free port with `dataDir` and no web app;
 * resolves once it listens. `bed` kills it (SIGKILL) on cleanup if it still runs.
 */
export async function startServerProcess(
  bed: TestBed,
  dataDir: string,
  { script = { kind: 'source' }, args = [] }: { script?: ServerScript; args?: string[] } = {},
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    serverArgs(script, '--port', '0', '--data-dir', dataDir, ...args),
    {
      cwd: SERVER_DIR,
      env: {
        ...process.env,
        SAMKART_LOG_LEVEL: 'warn',
        SAMKART_STATIC_DIR: join(dataDir, 'no-web-app'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  )
  bed.onCleanup(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    return exited.then(() => undefined)
  })
  const url = await waitFor(() => /Samkart kjører på (http:\/\/\S+)/.exec(output)?.[1], {
    timeoutMs: 20_000,
    what: `the server to start (output so far: ${output})`,
  })
  return {
    process: child,
    url,
    wsUrl: url.replace(/^http/, 'ws') + '/ws',
    output: () => output,
    exited,
  }
}
