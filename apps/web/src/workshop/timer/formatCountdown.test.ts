import { describe, expect, it } from 'vitest'
import { formatCountdown } from './formatCountdown'

describe('formatCountdown', () => {
  it('rounds up to the second and shows hours only when needed', () => {
    expect(formatCountdown(754_001)).toBe('12:35')
    expect(formatCountdown(1)).toBe('0:01')
    expect(formatCountdown(0)).toBe('0:00')
    expect(formatCountdown(-5)).toBe('0:00')
    expect(formatCountdown(3_600_000)).toBe('1:00:00')
  })
})
