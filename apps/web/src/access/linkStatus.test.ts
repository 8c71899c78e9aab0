import { describe, expect, it } from 'vitest'
import { expiryFromDate, localDateInput } from './expiryDate'
import { linkStatus } from './linkStatus'

describe('link status', () => {
  const now = new Date('2025-06-01T12:00:00Z')
  it('is active until revoked or past its expiry', () => {
    expect(linkStatus({ expiresAt: null, revokedAt: null }, now)).toBe('active')
    expect(linkStatus({ expiresAt: '2025-06-02T00:00:00Z', revokedAt: null }, now)).toBe('active')
    expect(linkStatus({ expiresAt: '2025-06-01T12:00:00Z', revokedAt: null }, now)).toBe('expired')
    expect(
      linkStatus({ expiresAt: '2025-01-01T00:00:00Z', revokedAt: '2024-12-01T00:00:00Z' }, now),
    ).toBe('revoked')
  })
})

describe('expiry from a chosen date', () => {
  const now = new Date(2025, 5, 1, 15, 30)
  it('ends at the local midnight after the chosen day', () => {
    expect(expiryFromDate('2025-06-01', now)).toBe(new Date(2025, 5, 2).toISOString())
    expect(expiryFromDate('2025-12-31', now)).toBe(new Date(2026, 0, 1).toISOString())
  })

  it('refuses past days, impossible dates and other text', () => {
    expect(expiryFromDate('2025-05-31', now)).toBeNull()
    expect(expiryFromDate('2025-02-30', now)).toBeNull()
    expect(expiryFromDate('1.6.2025', now)).toBeNull()
    expect(expiryFromDate('', now)).toBeNull()
  })

  it('offers today as the earliest date', () => {
    expect(localDateInput(now)).toBe('2025-06-01')
  })
})
