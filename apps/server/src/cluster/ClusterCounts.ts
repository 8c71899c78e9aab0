import type { OtherInstances } from '../limits/ConnectionLimits'
import type { Logger } from '../log'
import type { Cluster } from './Cluster'

/** How often an instance reports its connections per board and reads the others'. */
export const COUNTS_INTERVAL_MS = 2_000
/** A report older than this (its instance stopped or died) no longer counts. */
const STALE_AFTER = 5

/**
 * Per-board connection counts across instances, for `SAMKART_MAX_CONNECTIONS_PER_BOARD`.
 * Every {@link COUNTS_INTERVAL_MS} each instance writes its count of every board it serves
 * into the Redis hash `samkart:conns:<board>` (field: instance id, value: `count:time`) and
 * reads the others' fresh reports; admission then compares its own exact count plus the
 * others' last reported counts with the cap. Approximate by design: a burst of connections
 * to several instances within one interval can pass the cap by what arrived meanwhile, and a
 * dead instance's report stops counting after five intervals. Admission itself never waits
 * for Redis.
 */
export class ClusterCounts implements OtherInstances {
  private readonly elsewhere = new Map<string, number>()
  private readonly timer: NodeJS.Timeout
  private reported = new Set<string>()

  constructor(
    private readonly cluster: Cluster,
    private readonly local: () => ReadonlyMap<string, number>,
    private readonly logger: Logger,
    private readonly intervalMs = COUNTS_INTERVAL_MS,
  ) {
    this.timer = setInterval(() => void this.sync(), intervalMs)
    this.timer.unref()
  }

  /** Connections to `boardId` on the other instances, as last reported. */
  count(boardId: string): number {
    return this.elsewhere.get(boardId) ?? 0
  }

  /** Reads the other instances' reports for one board now (a first connection here). */
  async refresh(boardId: string): Promise<void> {
    try {
      const reports = await this.cluster.pub.hgetall(`samkart:conns:${boardId}`)
      this.elsewhere.set(boardId, this.sumOthers(reports, Date.now()))
    } catch (err) {
      this.logger.warn('reading connection counts from redis failed', {
        error: err instanceof Error ? err.message : String(err),
      })
    }
  }

  private sumOthers(reports: Record<string, string>, now: number): number {
    let sum = 0
    for (const [instance, report] of Object.entries(reports)) {
      const [count, at] = report.split(':').map(Number)
      if (instance !== this.cluster.instanceId && now - (at ?? 0) < STALE_AFTER * this.intervalMs)
        sum += count ?? 0
    }
    return sum
  }

  /** Reports this instance's counts and reads the others'. */
  async sync(): Promise<void> {
    const redis = this.cluster.pub
    const me = this.cluster.instanceId
    const now = Date.now()
    const counts = this.local()
    try {
      const boards = new Set([...counts.keys(), ...this.reported])
      const pipeline = redis.pipeline()
      for (const board of boards) {
        const key = `samkart:conns:${board}`
        const count = counts.get(board) ?? 0
        if (count > 0) pipeline.hset(key, me, `${count}:${now}`).pexpire(key, 10 * this.intervalMs)
        else pipeline.hdel(key, me)
        pipeline.hgetall(key)
      }
      const results = (await pipeline.exec()) ?? []
      const all = results.flatMap(([, value]) =>
        value !== null && typeof value === 'object' ? [value as Record<string, string>] : [],
      )
      const elsewhere = new Map<string, number>()
      ;[...boards].forEach((board, i) => {
        const sum = this.sumOthers(all[i] ?? {}, now)
        if (sum > 0) elsewhere.set(board, sum)
      })
      this.elsewhere.clear()
      for (const [board, sum] of elsewhere) this.elsewhere.set(board, sum)
      this.reported = new Set([...counts.keys()].filter((b) => (counts.get(b) ?? 0) > 0))
    } catch (err) {
      this.logger.warn('sharing connection counts through redis failed', {
        error: err instanceof Error ? err.message : String(err),
      })
    }
  }

  close(): void {
    clearInterval(this.timer)
  }
}
