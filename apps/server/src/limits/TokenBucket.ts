/**
 * A token bucket: allows `ratePerSecond` events on average and bursts of up to `burst`.
 * Refilled lazily on each {@link TokenBucket.take}, so an idle connection costs nothing and
 * there is no timer per connection.
 */
export class TokenBucket {
  private tokens: number
  private last: number

  /**
   * @param ratePerSecond sustained rate; must be positive
   * @param burst how many events may come at once after a quiet spell (at least 1)
   * @param now clock in milliseconds; tests pass their own
   */
  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(ratePerSecond > 0) || !(burst >= 1))
      throw new Error('TokenBucket needs a positive rate and a burst of at least 1')
    this.tokens = burst
    this.last = now()
  }

  /** Takes one token; `false` if the bucket is empty (the event is over the limit). */
  take(): boolean {
    const now = this.now()
    this.tokens = Math.min(
      this.burst,
      this.tokens + ((now - this.last) * this.ratePerSecond) / 1000,
    )
    this.last = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}
