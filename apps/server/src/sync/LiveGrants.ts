import type { Logger } from '../log'
import { CloseCode } from './CloseCode'
import type { Connection } from './Connection'

/** setTimeout's longest delay (about 24.8 days); later expiries are re-armed on the way. */
const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * The connections admitted by each share link, so that a link stops working for people who
 * are already connected too: revoking it closes them with 4410, and when it expires they are
 * closed with 4419 (one timer per connection of an expiring link, cleared when it closes).
 */
export class LiveGrants {
  private readonly byLink = new Map<string, Set<Connection>>()
  /** Links revoked while this process runs: closes a connection whose check raced the revoke. */
  private readonly revoked = new Set<string>()

  constructor(
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** Watches a connection whose token was just accepted (no-op without a link: open access). */
  track(conn: Connection): void {
    const { linkId, expiresAt } = conn.grant
    if (linkId === null) return
    if (this.revoked.has(linkId)) {
      conn.close(CloseCode.TokenRevoked, 'token_revoked')
      return
    }
    let conns = this.byLink.get(linkId)
    if (!conns) this.byLink.set(linkId, (conns = new Set()))
    conns.add(conn)
    let timer: NodeJS.Timeout | undefined
    const arm = (at: number) => {
      const delay = at - this.now()
      if (delay <= 0) return this.expire(conn)
      timer = setTimeout(() => arm(at), Math.min(delay, MAX_TIMER_MS))
      // A pending expiry must not keep a stopping process alive.
      timer.unref()
    }
    if (expiresAt !== null) arm(expiresAt)
    conn.onClose(() => {
      clearTimeout(timer)
      const set = this.byLink.get(linkId)
      set?.delete(conn)
      if (set?.size === 0) this.byLink.delete(linkId)
    })
  }

  /** Closes every connection of a link that was just revoked, now and if one arrives late. */
  revoke(linkId: string): void {
    this.revoked.add(linkId)
    const conns = this.byLink.get(linkId)
    if (!conns || conns.size === 0) return
    this.logger.info('closing connections of a revoked link', { link: linkId, count: conns.size })
    for (const conn of [...conns]) conn.close(CloseCode.TokenRevoked, 'token_revoked')
  }

  private expire(conn: Connection): void {
    this.logger.info('share link expired', conn.logFields({ link: conn.grant.linkId ?? undefined }))
    conn.close(CloseCode.TokenExpired, 'token_expired')
  }
}
