import { describe, expect, it } from 'vitest'
import { isValidOrgNumber } from './orgNumber'

describe('isValidOrgNumber', () => {
  it('accepts real organisation numbers', () => {
    // Brønnøysundregistrene, NAV (Arbeids- og velferdsetaten), Digdir
    for (const n of ['974760673', '889640782', '991825827']) expect(isValidOrgNumber(n)).toBe(true)
  })
  it('refuses a wrong check digit', () => {
    expect(isValidOrgNumber('974760674')).toBe(false)
  })
  it('refuses wrong length and non-digits', () => {
    for (const n of ['', '97476067', '9747606730', '97476067a', ' 974760673', '974 760 673'])
      expect(isValidOrgNumber(n)).toBe(false)
  })
  it('refuses every number whose check digit would be 10', () => {
    // 4·3 = 12 ≡ 1 (mod 11), so the check digit would be 11 − 1 = 10: no valid last digit exists
    for (let d = 0; d <= 9; d++) expect(isValidOrgNumber(`40000000${d}`)).toBe(false)
  })
  it('accepts check digit 0 when the sum is divisible by 11', () => {
    // 1·3 + 4·2 = 11 ≡ 0
    expect(isValidOrgNumber('100000040')).toBe(true)
    expect(isValidOrgNumber('100000041')).toBe(false)
  })
})
