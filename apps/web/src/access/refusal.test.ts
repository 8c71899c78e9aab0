import { describe, expect, it } from 'vitest'
import { busyFromClose, refusalFromApiCode, refusalFromClose } from './refusal'

describe('refusal reasons', () => {
  it('maps the contract close codes to reasons', () => {
    expect(refusalFromClose(4401, 'token_invalid')).toBe('token_invalid')
    expect(refusalFromClose(4401, 'token_missing')).toBe('token_missing')
    expect(refusalFromClose(4403, 'token_wrong_board')).toBe('token_wrong_board')
    expect(refusalFromClose(4410, 'token_revoked')).toBe('token_revoked')
    expect(refusalFromClose(4419, 'token_expired')).toBe('token_expired')
    expect(refusalFromClose(4429, 'rate_limited')).toBe('rate_limited')
  })

  it('leaves other closes alone: not found, bad updates, shutdown, full', () => {
    for (const code of [1000, 1001, 1006, 4400, 4404, 4422, 4508, 4509])
      expect(refusalFromClose(code, '')).toBeNull()
  })

  it('knows the retried «full» closes', () => {
    expect(busyFromClose(4508)).toBe('board_full')
    expect(busyFromClose(4509)).toBe('server_full')
    expect(busyFromClose(4410)).toBeNull()
  })

  it('maps HTTP error codes, and nothing else', () => {
    expect(refusalFromApiCode('token_expired')).toBe('token_expired')
    expect(refusalFromApiCode('token_missing')).toBe('token_missing')
    expect(refusalFromApiCode('forbidden_role')).toBeNull()
    expect(refusalFromApiCode(undefined)).toBeNull()
  })
})
