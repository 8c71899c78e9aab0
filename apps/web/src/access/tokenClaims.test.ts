import { describe, expect, it } from 'vitest'
import { readTokenClaims } from './tokenClaims'

const encode = (value: unknown) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')

describe('token claims', () => {
  it('reads board, link, role and expiry from the payload', () => {
    const token = `${encode({ v: 1, b: 'Board1', l: 'Link1', r: 'viewer', e: 1_700_000_000_000 })}.sig`
    expect(readTokenClaims(token)).toEqual({
      boardId: 'Board1',
      linkId: 'Link1',
      role: 'viewer',
      expiresAt: 1_700_000_000_000,
    })
    expect(readTokenClaims(`${encode({ v: 1, b: 'B', l: 'L', r: 'editor', e: null })}.x`)).toEqual({
      boardId: 'B',
      linkId: 'L',
      role: 'editor',
      expiresAt: null,
    })
  })

  it('decodes UTF-8 payloads, and holds them to the contract the server signs by', () => {
    // Well encoded, but no board id has an «ø»: the server would never have signed it.
    const token = `${encode({ v: 1, b: 'Bø', l: 'L', r: 'facilitator', e: null })}.x`
    expect(readTokenClaims(token)).toBeNull()
  })

  it('is null for anything that is not a token', () => {
    for (const token of [
      '',
      'abc',
      'a.b.c',
      '!!!.sig',
      `${encode({ v: 2, b: 'B', l: 'L', r: 'viewer', e: null })}.x`,
      `${encode({ v: 1, b: 'B', l: 'L', r: 'owner', e: null })}.x`,
      `${encode({ v: 1, b: 'B', l: 'L', r: 'viewer', e: 'soon' })}.x`,
      `${encode([1, 2])}.x`,
      `${btoa('{not json').replace(/=+$/, '')}.x`,
    ])
      expect(readTokenClaims(token)).toBeNull()
  })
})
