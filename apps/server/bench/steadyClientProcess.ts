import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { FromSteady, ToSteady } from './steadyClients'

/** A client process of bench/steadyClients.ts, driven over IPC. */
export interface SteadyClientProcess {
  child: ChildProcess
  send(message: ToSteady): void
  next<T extends FromSteady['type']>(type: T): Promise<Extract<FromSteady, { type: T }>>
  /** Asks the process to close its clients and exit; resolves once it has. */
  exit(): Promise<void>
}

/** Forks one client process of bench/steadyClients.ts. */
export function forkSteadyClients(): SteadyClientProcess {
  const child = fork(fileURLToPath(new URL('steadyClients.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const send = (message: ToSteady) => child.send(message)
  return {
    child,
    send,
    next: (type) =>
      new Promise((resolve, reject) => {
        const onMessage = (message: FromSteady) => {
          if (message.type !== type) return
          child.off('message', onMessage)
          child.off('exit', onExit)
          resolve(message as never)
        }
        const onExit = () => reject(new Error('a client process exited'))
        child.on('message', onMessage)
        child.once('exit', onExit)
      }),
    exit: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      send({ type: 'exit' })
      await exited
    },
  }
}
