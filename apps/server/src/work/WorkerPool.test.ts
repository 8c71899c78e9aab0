import { afterEach, describe, expect, it } from 'vitest'
import { createLogger } from '../log'
import { PoolBusyError, WorkFailedError, WorkerPool, type WorkerPoolOptions } from './WorkerPool'

type Job =
  | { type: 'echo'; bytes: Uint8Array }
  | { type: 'sleep'; ms: number }
  | { type: 'crash' }
  | { type: 'hoard' }

const pools: WorkerPool<Job, unknown>[] = []
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.close()
})

function pool(options: Partial<WorkerPoolOptions> = {}): WorkerPool<Job, unknown> {
  const created = new WorkerPool<Job, unknown>({
    script: { url: new URL('../testing/poolTestWorker.mjs', import.meta.url) },
    size: 1,
    queue: 1,
    timeoutMs: 10_000,
    heapMb: 64,
    idleMs: 60_000,
    logger: createLogger('silent'),
    ...options,
  })
  pools.push(created)
  return created
}

describe('WorkerPool', () => {
  it('runs a job on a thread and hands the bytes over both ways', async () => {
    const work = pool()
    const bytes = new Uint8Array([1, 2, 3])
    const outcome = (await work.run({ type: 'echo', bytes }, [bytes.buffer])) as {
      bytes: Uint8Array
    }
    expect([...outcome.bytes]).toEqual([1, 2, 3])
    expect(bytes.length).toBe(0) // transferred, not copied
  })

  it('refuses at once a job that finds every thread busy and the queue full', async () => {
    const work = pool({ size: 1, queue: 1 })
    const first = work.run({ type: 'sleep', ms: 300 })
    const second = work.run({ type: 'sleep', ms: 1 })
    await expect(work.run({ type: 'sleep', ms: 1 })).rejects.toBeInstanceOf(PoolBusyError)
    expect(work.load).toEqual({ running: 1, waiting: 1 })
    expect(await first).toEqual({ slept: 300 })
    expect(await second).toEqual({ slept: 1 })
  })

  it('ends a thread that runs out of time or memory or crashes; the next job gets a new one', async () => {
    const work = pool({ timeoutMs: 500, heapMb: 32 })
    await expect(work.run({ type: 'sleep', ms: 5000 })).rejects.toThrow(WorkFailedError)
    await expect(work.run({ type: 'hoard' })).rejects.toThrow(WorkFailedError)
    await expect(work.run({ type: 'crash' })).rejects.toThrow(/the job crashed/)
    expect(await work.run({ type: 'sleep', ms: 1 })).toEqual({ slept: 1 })
  })

  it('fails waiting and running jobs when closed', async () => {
    const work = pool({ queue: 1 })
    const running = expect(work.run({ type: 'sleep', ms: 5000 })).rejects.toThrow(WorkFailedError)
    const waiting = expect(work.run({ type: 'sleep', ms: 1 })).rejects.toThrow(WorkFailedError)
    await work.close()
    await running
    await waiting
  })
})
