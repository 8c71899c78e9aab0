import { describe, expect, it } from 'vitest'
import { TokenBucket } from './TokenBucket'

describe('TokenBucket', () => {
  it('allows a burst, then the sustained rate, and refills while idle', () => {
    let now = 0
    const bucket = new TokenBucket(10, 3, () => now)
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([
      true,
      true,
      true,
      false,
    ])
    now += 100 // one token at 10/s
    expect([bucket.take(), bucket.take()]).toEqual([true, false])
    now += 10_000 // a long pause refills to the burst, not beyond
    expect(Array.from({ length: 5 }, () => bucket.take())).toEqual([true, true, true, false, false])
  })

  it('refuses a rate or burst that would make no sense', () => {
    expect(() => new TokenBucket(0, 10)).toThrow()
    expect(() => new TokenBucket(10, 0)).toThrow()
  })
})
