/**
 * One round trip to `GET /api/time`: the client's clock when the request left and when the
 * answer came, and the server's clock in the answer.
 */
export interface TimeSample {
  sentAt: number
  serverNow: number
  receivedAt: number
}

/**
 * How far the server's clock is ahead of this client's, in ms (NTP's midpoint rule): the
 * server read its clock about halfway through the round trip, so `serverNow` matches the
 * client's `(sentAt + receivedAt) / 2`. Server time is then `Date.now() + offset`; the error is
 * at most half the round trip.
 */
export function clockOffset(sample: TimeSample): number {
  return sample.serverNow - (sample.sentAt + sample.receivedAt) / 2
}

/**
 * The offset from the best of several samples: the one with the shortest round trip, whose
 * midpoint is the tightest bound. `0` (trust the local clock) without samples.
 */
export function bestClockOffset(samples: readonly TimeSample[]): number {
  let best: TimeSample | undefined
  for (const s of samples)
    if (!best || s.receivedAt - s.sentAt < best.receivedAt - best.sentAt) best = s
  return best ? clockOffset(best) : 0
}
