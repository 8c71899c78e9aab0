import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { TokenSigner } from './TokenSigner'

const signer = new TokenSigner(randomBytes(32))
const claims = {
  boardId: 'Board123',
  linkId: 'Link456',
  role: 'editor' as const,
  expiresAt: 1_900_000_000_000,
}
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

describe('TokenSigner', () => {
  it('verifies what it signed, and signs a link the same way every time', () => {
    const token = signer.sign(claims)
    expect(signer.verify(token)).toEqual(claims)
    expect(signer.sign(claims)).toBe(token)
    expect(signer.verify(signer.sign({ ...claims, expiresAt: null }))).toEqual({
      ...claims,
      expiresAt: null,
    })
  })

  it('refuses a token signed with another secret', () => {
    const other = new TokenSigner(randomBytes(32))
    expect(signer.verify(other.sign(claims))).toBeNull()
  })

  it('refuses a token whose payload was changed, even to a stronger role or later expiry', () => {
    const [, signature] = signer.sign(claims).split('.')
    for (const changed of [
      { v: 1, b: 'Board123', l: 'Link456', r: 'facilitator', e: 1_900_000_000_000 },
      { v: 1, b: 'Board123', l: 'Link456', r: 'editor', e: null },
      { v: 1, b: 'OtherBoard', l: 'Link456', r: 'editor', e: 1_900_000_000_000 },
    ])
      expect(signer.verify(`${b64(changed)}.${signature}`)).toBeNull()
  })

  it('refuses malformed tokens and other spellings of a genuine signature', () => {
    const token = signer.sign(claims)
    const [payload, signature] = token.split('.') as [string, string]
    // The last base64url character carries 2 unused bits: flipping them decodes to the same bytes.
    const last = signature.at(-1)!
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    const sibling = alphabet[alphabet.indexOf(last) ^ 1]!
    for (const bad of [
      '',
      'x',
      '.',
      payload,
      `${payload}.`,
      `.${signature}`,
      `${token}.extra`,
      `${payload}.${signature.slice(0, -1)}`,
      `${payload}.${signature.slice(0, -1)}${sibling}`,
      `${payload}=.${signature}`,
      `${payload} .${signature}`,
      'a'.repeat(2000),
    ])
      expect(signer.verify(bad), bad.slice(0, 40)).toBeNull()
    expect(signer.verify(undefined)).toBeNull()
    expect(signer.verify(42)).toBeNull()
  })

  it('refuses a correctly signed payload that is not a valid claim', () => {
    // As if the secret had signed something else (a future version, a bug): the MAC is right,
    // the claim is not, and it must still open nothing.
    const forge = (payload: unknown) => {
      const part = b64(payload)
      const mac = (signer as unknown as { mac(part: string): string }).mac(part)
      return `${part}.${mac}`
    }
    for (const payload of [
      { v: 2, b: 'B', l: 'L', r: 'editor', e: null },
      { v: 1, b: 'bad id!', l: 'L', r: 'editor', e: null },
      { v: 1, b: 'B', l: 'L', r: 'admin', e: null },
      { v: 1, b: 'B', l: 'L', r: 'editor', e: -5 },
      { v: 1, b: 'B', l: 'L', r: 'editor', e: 1.5 },
      { v: 1, b: 'B', l: 'L', r: 'editor' },
      null,
      'text',
    ])
      expect(signer.verify(forge(payload)), JSON.stringify(payload)).toBeNull()
    expect(signer.verify(forge({ v: 1, b: 'B', l: 'L', r: 'viewer', e: null }))).toEqual({
      boardId: 'B',
      linkId: 'L',
      role: 'viewer',
      expiresAt: null,
    })
  })

  it('needs a secret of at least 32 bytes', () => {
    expect(() => new TokenSigner(randomBytes(16))).toThrow()
  })
})
