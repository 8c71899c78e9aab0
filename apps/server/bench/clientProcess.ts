import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { FromClients, ToClients } from './scaleClients'

/** A client process of bench/scaleClients.ts, driven over IPC. */
export interface ClientProcess {
  send(message: ToClients): void
  next<T extends FromClients['type']>(type: T): Promise<Extract<FromClients, { type: T }>>
  child: ChildProcess
}

/** Forks one client process. */
export function forkClients(): ClientProcess {
  const child = fork(fileURLToPath(new URL('scaleClients.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  return {
    child,
    send: (message) => child.send(message),
    next: (type) =>
      new Promise((resolve, reject) => {
        const onMessage = (message: FromClients) => {
          if (message.type !== type) return
          child.off('message', onMessage)
          child.off('exit', onExit)
          resolve(message as never)
        }
        const onExit = () => reject(new Error('a client process exited'))
        child.on('message', onMessage)
        child.once('exit', onExit)
      }),
  }
}

/** Asks every client process to stop and waits until each has exited. */
export async function stopClients(clients: readonly ClientProcess[]): Promise<void> {
  for (const c of clients) {
    if (c.child.exitCode !== null) continue
    const exited = new Promise((resolve) => c.child.once('exit', resolve))
    c.send({ type: 'stop' })
    await exited
  }
}
