import { describe, expect, it } from 'vitest'
import { STOPPED_TIMER, type TimerState, timerRemaining } from './timerRoot'
import { timerTransition } from './timerTransition'

const must = (r: ReturnType<typeof timerTransition>): TimerState => {
  if (!r.ok) throw new Error(r.refusal.message)
  return r.value
}

describe('timerTransition', () => {
  it('starts, pauses, resumes, extends and stops on the server clock', () => {
    let t = must(timerTransition(STOPPED_TIMER, { action: 'start', durationMs: 600_000 }, 1_000))
    expect(t).toMatchObject({ status: 'running', endsAt: 601_000 })
    expect(timerRemaining(t, 61_000)).toBe(540_000)
    t = must(timerTransition(t, { action: 'pause' }, 61_000))
    expect(t).toMatchObject({ status: 'paused', remainingMs: 540_000 })
    // Time passing while paused changes nothing.
    expect(timerRemaining(t, 999_999)).toBe(540_000)
    t = must(timerTransition(t, { action: 'extend', minutes: 2 }, 100_000))
    expect(t).toMatchObject({ status: 'paused', remainingMs: 660_000, durationMs: 720_000 })
    t = must(timerTransition(t, { action: 'resume' }, 200_000))
    expect(t).toMatchObject({ status: 'running', endsAt: 860_000 })
    t = must(timerTransition(t, { action: 'extend', minutes: 1 }, 260_000))
    expect(timerRemaining(t, 260_000)).toBe(660_000)
    expect(must(timerTransition(t, { action: 'stop' }, 0))).toEqual(STOPPED_TIMER)
  })

  it('extends a timer that already ran out from now, not from its old end', () => {
    const t = must(timerTransition(STOPPED_TIMER, { action: 'start', durationMs: 60_000 }, 0))
    const later = must(timerTransition(t, { action: 'extend', minutes: 1 }, 500_000))
    expect(timerRemaining(later, 500_000)).toBe(60_000)
  })

  it('refuses actions that do not apply with 409', () => {
    for (const action of [
      { action: 'pause' },
      { action: 'resume' },
      { action: 'extend', minutes: 1 },
    ] as const) {
      const r = timerTransition(STOPPED_TIMER, action, 0)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.refusal.status).toBe(409)
    }
  })
})
