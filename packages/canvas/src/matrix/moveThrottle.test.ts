import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMoveThrottle } from './moveThrottle'

describe('createMoveThrottle', () => {
  beforeEach(() => void vi.useFakeTimers())
  afterEach(() => void vi.useRealTimers())

  it('writes the first move at once, then at most once per interval with the latest value', () => {
    const write = vi.fn()
    const throttle = createMoveThrottle<number>(write, 50)
    throttle.push('a', 1)
    throttle.push('a', 2)
    throttle.push('a', 3)
    expect(write.mock.calls).toEqual([['a', 1]])
    vi.advanceTimersByTime(50)
    expect(write.mock.calls).toEqual([
      ['a', 1],
      ['a', 3],
    ])
  })

  it('writes the drop at once and cancels the pending drag write', () => {
    const write = vi.fn()
    const throttle = createMoveThrottle<number>(write, 50)
    throttle.push('a', 1)
    throttle.push('a', 2)
    throttle.commit('a', 9)
    vi.advanceTimersByTime(200)
    expect(write.mock.calls).toEqual([
      ['a', 1],
      ['a', 9],
    ])
  })

  it('throttles each card on its own', () => {
    const write = vi.fn()
    const throttle = createMoveThrottle<number>(write, 50)
    throttle.push('a', 1)
    throttle.push('b', 1)
    expect(write).toHaveBeenCalledTimes(2)
  })

  it('flushes pending writes on dispose', () => {
    const write = vi.fn()
    const throttle = createMoveThrottle<number>(write, 50)
    throttle.push('a', 1)
    throttle.push('a', 2)
    throttle.dispose()
    vi.advanceTimersByTime(200)
    expect(write.mock.calls).toEqual([
      ['a', 1],
      ['a', 2],
    ])
  })
})
