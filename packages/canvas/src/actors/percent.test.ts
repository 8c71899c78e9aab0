import { describe, expect, it } from 'vitest'
import { parsePercent, toPercent } from './percent'

describe('percent fields', () => {
  it('shows a score as whole percent', () => {
    expect(toPercent(0.6123)).toBe('61')
    expect(toPercent(1)).toBe('100')
  })

  it('reads 0–100, with a comma or a % sign, as a score', () => {
    expect(parsePercent('75')).toBe(0.75)
    expect(parsePercent(' 12,5 % ')).toBe(0.125)
    expect(parsePercent('0')).toBe(0)
  })

  it('refuses anything else', () => {
    for (const text of ['', '101', '-1', 'mye', '1e9']) expect(parsePercent(text)).toBeNull()
  })
})
