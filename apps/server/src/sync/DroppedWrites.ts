import type { Cluster } from '../cluster/Cluster'
import type { Logger } from '../log'

/** How long a board's shared count outlives its last dropped write. */
const KEEP_MS = 30 * 24 * 60 * 60 * 1000

const keyOf = (boardId: string) => `samkart:dropped:${boardId}`

/**
 * Writes the server dropped per board (a viewer's, or one to a locked or server-only part),
 * for `droppedWrites` in `GET /api/boards/:id`. Alone, an instance counts in memory since it
 * started. With Redis, every instance also adds to the counter `samkart:dropped:<board>`
 * (`INCR`, one command per dropped write, which is rare), and the count read is that sum over
 * all instances: a facilitator asking any instance sees what every instance dropped. It lives
 * as long as Redis keeps it (30 days after the board's last dropped write); if Redis cannot be
 * reached the instance answers with its own count.
 */
export class DroppedWrites {
  private readonly local = new Map<string, number>()

  constructor(
    private readonly cluster: Cluster | undefined,
    private readonly logger: Logger,
  ) {}

  /** Counts one dropped write on `boardId`. */
  add(boardId: string): void {
    this.local.set(boardId, (this.local.get(boardId) ?? 0) + 1)
    if (!this.cluster) return
    this.cluster.pub
      .multi()
      .incr(keyOf(boardId))
      .pexpire(keyOf(boardId), KEEP_MS)
      .exec()
      .catch((err: unknown) => this.warn('counting a dropped write in redis failed', err))
  }

  /** Dropped writes on `boardId`: on every instance with Redis, else on this one. */
  async count(boardId: string): Promise<number> {
    const mine = this.local.get(boardId) ?? 0
    if (!this.cluster) return mine
    try {
      const shared = Number((await this.cluster.pub.get(keyOf(boardId))) ?? 0)
      // Our own increments may still be on their way to Redis.
      return Math.max(shared, mine)
    } catch (err) {
      this.warn('reading dropped writes from redis failed', err)
      return mine
    }
  }

  /** Forgets a deleted board's count. */
  forget(boardId: string): void {
    this.local.delete(boardId)
    this.cluster?.pub
      .del(keyOf(boardId))
      .catch((err: unknown) => this.warn('forgetting dropped writes in redis failed', err))
  }

  private warn(message: string, err: unknown): void {
    this.logger.warn(message, { error: err instanceof Error ? err.message : String(err) })
  }
}
