/**
 * The server side of bench/access.ts: a Samkart server in a child process of its own
 * (`--expose-gc`), so that its memory is its own, driven over IPC by the benchmark.
 */
import { type ChildProcess, fork } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AccessMode } from '../src/access/AccessControl'
import { createServer } from '../src/createServer'
import { createLogger } from '../src/log'

/** Messages between this process and the server child. */
type ToChild = { type: 'memory' } | { type: 'stop' }
type FromChild =
  { type: 'ready'; url: string; wsUrl: string } | { type: 'memory'; rss: number; heapUsed: number }

async function serve(mode: AccessMode, dataDir: string): Promise<void> {
  const server = await createServer({
    port: 0,
    dataDir,
    staticDir: join(dataDir, 'no-web-app'),
    logger: createLogger('silent'),
    access: mode,
    messagesPerSecond: 1_000_000,
    unloadGraceMs: 600_000,
  })
  const send = (message: FromChild) => process.send!(message)
  // If the benchmark dies, its server must not outlive it.
  process.on('disconnect', () => process.exit(1))
  send({ type: 'ready', url: server.url, wsUrl: server.wsUrl })
  process.on('message', (message: ToChild) => {
    switch (message.type) {
      case 'memory': {
        // Two full collections: the first may only queue finalisers.
        globalThis.gc?.()
        globalThis.gc?.()
        const { rss, heapUsed } = process.memoryUsage()
        send({ type: 'memory', rss, heapUsed })
        return
      }
      case 'stop':
        void server.close().then(() => process.exit(0))
        return
      default: {
        const unreachable: never = message
        throw new Error(`unknown message ${JSON.stringify(unreachable)}`)
      }
    }
  })
}

/** A server child as the benchmark sees it. */
export interface Remote {
  mode: AccessMode
  url: string
  wsUrl: string
  memory(): Promise<{ rss: number; heapUsed: number }>
  stop(): Promise<void>
}

/** Starts a server child with `mode` on `dataDir`; resolves once it listens. */
export async function startServer(mode: AccessMode, dataDir: string): Promise<Remote> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--serve', mode, dataDir], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const next = <T extends FromChild['type']>(type: T) =>
    new Promise<Extract<FromChild, { type: T }>>((resolve, reject) => {
      const onMessage = (message: FromChild) => {
        if (message.type !== type) return
        child.off('message', onMessage)
        child.off('exit', onExit)
        resolve(message as Extract<FromChild, { type: T }>)
      }
      const onExit = () => reject(new Error('the benchmark server exited'))
      child.on('message', onMessage)
      child.once('exit', onExit)
    })
  const ready = await next('ready')
  return {
    mode,
    url: ready.url,
    wsUrl: ready.wsUrl,
    memory: async () => {
      const answer = next('memory')
      child.send({ type: 'memory' } satisfies ToChild)
      const { rss, heapUsed } = await answer
      return { rss, heapUsed }
    },
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.send({ type: 'stop' } satisfies ToChild)
      await exited
    },
  }
}

if (process.argv[2] === '--serve') await serve(process.argv[3] as AccessMode, process.argv[4]!)
