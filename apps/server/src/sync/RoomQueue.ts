import { ByteBudget } from '../limits/ByteBudget'
import { CloseCode } from './CloseCode'
import type { Connection } from './Connection'

/**
 * A room's one promise queue: every message that reads or writes the board, and every server
 * task on it, runs after everything queued before it, in arrival order. Clients' messages are
 * counted against their connection's and the room's byte caps while they wait.
 */
export class RoomQueue {
  private tail: Promise<void> = Promise.resolve()
  /** Bytes of clients' messages in the queue. */
  private readonly queued: ByteBudget

  /**
   * @param maxQueuedBytes the room's cap on waiting messages (none if `Infinity`)
   * @param stopped whether the room can no longer run tasks (failed or closed)
   * @param onError told of a task that threw; the task's connection is then closed
   */
  constructor(
    maxQueuedBytes: number,
    private readonly stopped: () => boolean,
    private readonly onError: (conn: Connection, err: unknown) => void,
  ) {
    this.queued = new ByteBudget(maxQueuedBytes)
  }

  /** Appends `task`, which handles its own errors (server work, relayed updates). */
  push(task: () => void | Promise<void>): void {
    this.tail = this.tail.then(task)
  }

  /**
   * Queues a client's message of `bytes` bytes, counted against its connection's and the
   * room's caps until it has been handled; over either, the connection is closed with
   * `queue_full` instead (its client retries, and resyncs what it had sent).
   */
  message(conn: Connection, bytes: number, task: () => void | Promise<void>): void {
    if (!conn.queued.take(bytes)) return conn.reject(CloseCode.QueueFull, 'queue_full')
    if (!this.queued.take(bytes)) {
      conn.queued.give(bytes)
      return conn.reject(CloseCode.QueueFull, 'queue_full')
    }
    this.forConnection(conn, task, () => {
      conn.queued.give(bytes)
      this.queued.give(bytes)
    })
  }

  /**
   * Runs `task` after everything queued before it, unless `conn` was refused or the room
   * stopped meanwhile; then `done`, whether the task ran or not.
   */
  forConnection(conn: Connection, task: () => void | Promise<void>, done?: () => void): void {
    this.tail = this.tail.then(async () => {
      try {
        if (conn.rejected || this.stopped()) return
        await task()
      } catch (err) {
        // A bug in handling one message must not take the board down for everyone.
        this.onError(conn, err)
        conn.reject(CloseCode.InternalError, 'internal error')
      } finally {
        done?.()
      }
    })
  }

  /** Resolves once the queue is empty, including tasks queued while it drained. */
  async drain(): Promise<void> {
    let tail: Promise<void>
    do {
      tail = this.tail
      await tail
    } while (tail !== this.tail)
  }
}
