import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSaveTracker } from './saveTracker'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

/** A tracker whose probes are counted, on a socket that has finished its handshake. */
function connected() {
  const sendProbe = vi.fn()
  const tracker = createSaveTracker({ sendProbe, probeIntervalMs: 200 })
  tracker.opened()
  tracker.step2() // the answer to the provider's own step 1
  tracker.serverStep1()
  return { tracker, sendProbe }
}

describe('save tracker', () => {
  it('is saved until a local edit, then saved again once the probe sent after it is answered', () => {
    const { tracker, sendProbe } = connected()
    expect(tracker.unsaved.get()).toBe(false)
    tracker.localEdit()
    expect(tracker.unsaved.get()).toBe(true)
    vi.advanceTimersByTime(0)
    expect(sendProbe).toHaveBeenCalledTimes(1)
    tracker.step2()
    expect(tracker.unsaved.get()).toBe(false)
  })

  it('does not count the answer to the provider’s own step 1 as a confirmation', () => {
    const sendProbe = vi.fn()
    const tracker = createSaveTracker({ sendProbe })
    tracker.localEdit() // made offline
    tracker.opened()
    tracker.step2() // answers the step 1 sent on open, before our step 2 with the edit
    expect(tracker.unsaved.get()).toBe(true)
    expect(sendProbe).not.toHaveBeenCalled()
  })

  it('probes after a reconnect only once our step 2 (with the offline edits) has been sent', () => {
    const sendProbe = vi.fn()
    const tracker = createSaveTracker({ sendProbe })
    tracker.localEdit()
    tracker.opened()
    vi.advanceTimersByTime(1000)
    expect(sendProbe).not.toHaveBeenCalled()
    tracker.serverStep1()
    vi.advanceTimersByTime(0)
    expect(sendProbe).toHaveBeenCalledTimes(1)
    tracker.step2() // the provider's step 1
    expect(tracker.unsaved.get()).toBe(true)
    tracker.step2() // the probe's
    expect(tracker.unsaved.get()).toBe(false)
  })

  it('keeps one probe in flight, and a reply covers only the edits before its probe', () => {
    const { tracker, sendProbe } = connected()
    tracker.localEdit()
    vi.advanceTimersByTime(0)
    tracker.localEdit() // while the first probe is out
    tracker.localEdit()
    vi.advanceTimersByTime(1000)
    expect(sendProbe).toHaveBeenCalledTimes(1)
    tracker.step2()
    expect(tracker.unsaved.get()).toBe(true)
    vi.advanceTimersByTime(200)
    expect(sendProbe).toHaveBeenCalledTimes(2)
    tracker.step2()
    expect(tracker.unsaved.get()).toBe(false)
  })

  it('spaces probes out during a stream of edits (a drag)', () => {
    const { tracker, sendProbe } = connected()
    for (let i = 0; i < 40; i++) {
      tracker.localEdit()
      vi.advanceTimersByTime(25) // a write every 25 ms for a second
      if (sendProbe.mock.calls.length > 0 && i % 2 === 0) tracker.step2()
    }
    expect(sendProbe.mock.calls.length).toBeLessThanOrEqual(6)
  })

  it('forgets probes lost with a closed socket and stays unsaved until a new one is answered', () => {
    const { tracker, sendProbe } = connected()
    tracker.localEdit()
    vi.advanceTimersByTime(0)
    tracker.closed()
    tracker.localEdit()
    expect(tracker.unsaved.get()).toBe(true)
    tracker.opened()
    tracker.serverStep1()
    vi.advanceTimersByTime(200)
    expect(sendProbe).toHaveBeenCalledTimes(2)
    tracker.step2() // provider's step 1
    tracker.step2() // the new probe, covering both edits
    expect(tracker.unsaved.get()).toBe(false)
  })

  it('sends nothing while offline', () => {
    const sendProbe = vi.fn()
    const tracker = createSaveTracker({ sendProbe })
    tracker.localEdit()
    vi.advanceTimersByTime(5000)
    expect(sendProbe).not.toHaveBeenCalled()
    expect(tracker.unsaved.get()).toBe(true)
  })
})
