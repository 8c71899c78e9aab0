import { Worker } from 'node:worker_threads'
import type { Logger } from '../log'
import type { WorkerScript } from './workerScript'

/** What a {@link WorkerPool} is given. */
export interface WorkerPoolOptions {
  /** The worker's script (see `workerScript`). */
  script: WorkerScript
  /** Threads at most; started when work comes, stopped after {@link idleMs} without any. */
  size: number
  /** Jobs that may wait for a thread; the next is refused with {@link PoolBusyError}. */
  queue: number
  /** A job running longer is stopped (its thread ends) and fails with {@link WorkFailedError}. */
  timeoutMs: number
  /** V8 heap per thread; a job that needs more ends its thread and fails. */
  heapMb: number
  /** How long an idle thread is kept for the next job. */
  idleMs: number
  logger: Logger
}

/** Refusal because every thread is busy and the queue is full: answer 503 and come back. */
export class PoolBusyError extends Error {
  constructor() {
    super('every worker is busy and the queue is full')
  }
}

/** The job's thread failed: it ran out of memory or time, or crashed. */
export class WorkFailedError extends Error {}

interface Task {
  job: unknown
  transfer: ArrayBuffer[]
  resolve: (outcome: unknown) => void
  reject: (err: Error) => void
}

interface Thread {
  worker: Worker
  task: Task | null
  timer: NodeJS.Timeout | null
}

/**
 * A small pool of worker threads for request work that would otherwise hold the event loop
 * (parsing and building an imported board, copying one): the main thread only hands over
 * bytes and takes the result back, so health checks, sync and other requests go on meanwhile.
 *
 * One job per thread at a time; at most `size` threads and `queue` waiting jobs, so a burst of
 * heavy requests is refused quickly ({@link PoolBusyError}) instead of piling up memory. A
 * thread that runs out of heap or time is ended and replaced by the next job's, and its job
 * fails with {@link WorkFailedError}; the server itself is unharmed. Threads start when work
 * comes, so a server that never imports never starts one.
 *
 * The worker answers each job with one message; the pool does not know what jobs mean.
 */
export class WorkerPool<Job, Outcome> {
  private readonly threads = new Set<Thread>()
  private readonly waiting: Task[] = []
  private idleTimer: NodeJS.Timeout | null = null
  private closed = false

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Jobs running and waiting now. */
  get load(): { running: number; waiting: number } {
    let running = 0
    for (const thread of this.threads) if (thread.task) running++
    return { running, waiting: this.waiting.length }
  }

  /**
   * Runs `job` on a thread, handing over the `transfer` buffers (they are unusable here
   * afterwards). Rejects with {@link PoolBusyError} at once if the pool is full.
   */
  run(job: Job, transfer: ArrayBuffer[] = []): Promise<Outcome> {
    return new Promise<Outcome>((resolve, reject) => {
      if (this.closed) return reject(new WorkFailedError('the server is stopping'))
      const task: Task = { job, transfer, resolve: resolve as (o: unknown) => void, reject }
      const thread = this.idleThread()
      if (thread) return this.start(thread, task)
      if (this.waiting.length >= this.options.queue) return reject(new PoolBusyError())
      this.waiting.push(task)
    })
  }

  /** Ends every thread; running and waiting jobs fail. */
  async close(): Promise<void> {
    this.closed = true
    if (this.idleTimer) clearTimeout(this.idleTimer)
    for (const task of this.waiting.splice(0))
      task.reject(new WorkFailedError('the server is stopping'))
    await Promise.all([...this.threads].map((thread) => this.end(thread, 'the server is stopping')))
  }

  /** An idle thread, or a new one if there is room; `null` if all `size` are busy. */
  private idleThread(): Thread | null {
    for (const thread of this.threads) if (!thread.task) return thread
    if (this.threads.size >= this.options.size) return null
    return this.spawn()
  }

  private spawn(): Thread {
    const { script, heapMb } = this.options
    const worker = new Worker(script.url, {
      workerData: script.workerData,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    })
    // Threads never keep the process alive: the server decides when it stops.
    worker.unref()
    const thread: Thread = { worker, task: null, timer: null }
    this.threads.add(thread)
    worker.on('message', (outcome: unknown) => this.finish(thread, outcome))
    worker.on('error', (err) => this.lose(thread, err.message))
    worker.on('exit', (code) => this.lose(thread, `the worker exited with code ${code}`))
    return thread
  }

  private start(thread: Thread, task: Task): void {
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
    thread.task = task
    thread.timer = setTimeout(
      () => void this.end(thread, `took longer than ${this.options.timeoutMs} ms`),
      this.options.timeoutMs,
    )
    thread.worker.postMessage(task.job, task.transfer)
  }

  private finish(thread: Thread, outcome: unknown): void {
    const task = thread.task
    if (!task) return
    this.release(thread)
    task.resolve(outcome)
    this.next(thread)
  }

  /** The thread died (out of memory, a crash): its job fails, the next one gets a new thread. */
  private lose(thread: Thread, why: string): void {
    if (!this.threads.delete(thread)) return
    const task = thread.task
    this.release(thread)
    if (task) {
      this.options.logger.warn('heavy job failed', { error: why })
      task.reject(new WorkFailedError(why))
    }
    const waiting = this.waiting.shift()
    if (waiting && !this.closed) this.start(this.spawn(), waiting)
  }

  private async end(thread: Thread, why: string): Promise<void> {
    this.lose(thread, why)
    await thread.worker.terminate()
  }

  private release(thread: Thread): void {
    if (thread.timer) clearTimeout(thread.timer)
    thread.timer = null
    thread.task = null
  }

  /** Gives a freed thread the next waiting job, or lets idle threads go after a while. */
  private next(thread: Thread): void {
    const waiting = this.waiting.shift()
    if (waiting) return this.start(thread, waiting)
    if (this.load.running > 0 || this.idleTimer) return
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null
      for (const idle of this.threads) if (!idle.task) void this.end(idle, 'idle')
    }, this.options.idleMs)
    this.idleTimer.unref()
  }
}
