import { describe, expect, it } from 'vitest'
import { STOPPED_TIMER, timerRemaining } from '../timer/timerRoot'
import { timerTransition } from '../timer/timerTransition'
import { bestClockOffset, clockOffset } from './clockOffset'

describe('clockOffset', () => {
  it('finds a clock five minutes slow from one round trip, to within half of it', () => {
    const skew = -5 * 60_000 // the client's clock is five minutes behind the server's
    const server = (clientTime: number) => clientTime - skew
    // The request left at 10_000 (client), the server answered 40 ms later, back 80 ms later.
    const sample = { sentAt: 10_000, serverNow: server(10_040), receivedAt: 10_080 }
    expect(Math.abs(clockOffset(sample) - -skew)).toBeLessThanOrEqual(40)
  })

  it('shows two clients with wrong clocks the same remaining time within a second', () => {
    const serverNow = 1_800_000_000_000
    const timer = timerTransition(
      STOPPED_TIMER,
      { action: 'start', durationMs: 600_000 },
      serverNow,
    )
    if (!timer.ok) throw new Error('start refused')
    // One client 3 minutes fast, one 7 minutes slow; both ask the server at the same moment.
    const views = [3 * 60_000, -7 * 60_000].map((skew) => {
      const local = serverNow + skew
      const offset = bestClockOffset([
        { sentAt: local - 300, serverNow: serverNow - 100, receivedAt: local + 500 }, // slow trip
        { sentAt: local - 20, serverNow, receivedAt: local + 20 },
      ])
      return timerRemaining(timer.value, local + 30_000 + offset)
    })
    expect(Math.abs(views[0]! - views[1]!)).toBeLessThan(1000)
    expect(Math.abs(views[0]! - 570_000)).toBeLessThan(1000)
  })

  it('trusts the local clock without samples', () => {
    expect(bestClockOffset([])).toBe(0)
  })
})
