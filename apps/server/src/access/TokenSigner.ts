import { createHmac, timingSafeEqual } from 'node:crypto'
import { type TokenClaims, claimsFromPayload, tokenPayload } from '@samkart/model'

export type { TokenClaims }

/** Longer strings are refused unread; a real token is about 150 characters. */
const MAX_TOKEN_LENGTH = 1024
const BASE64URL = /^[A-Za-z0-9_-]+$/

/**
 * Signs and verifies share-link tokens: `base64url(JSON payload) "." base64url(HMAC-SHA256)`,
 * payload `{ v: 1, b: boardId, l: linkId, r: role, e: expiresAtMs | null }`. The payload is
 * written with a fixed key order, so a link's token can be derived again from its stored row
 * (the facilitator's link list shows it again). Verification touches no storage: a forged
 * or malformed token is refused on the signature alone, compared in constant time.
 */
export class TokenSigner {
  constructor(private readonly secret: Uint8Array) {
    if (secret.length < 32) throw new Error('the token secret must be at least 32 bytes')
  }

  /** The token for a link. */
  sign(claims: TokenClaims): string {
    const part = Buffer.from(JSON.stringify(tokenPayload(claims)), 'utf8').toString('base64url')
    return `${part}.${this.mac(part)}`
  }

  /** The claims of a genuine token, or `null` for anything forged, malformed or not a string. */
  verify(token: unknown): TokenClaims | null {
    if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return null
    const dot = token.indexOf('.')
    if (dot <= 0 || dot !== token.lastIndexOf('.')) return null
    const part = token.slice(0, dot)
    const signature = Buffer.from(token.slice(dot + 1), 'utf8')
    if (!BASE64URL.test(part)) return null
    // Compare the canonical encodings: base64url decoding ignores stray trailing bits, so
    // comparing decoded bytes would accept several spellings of one signature.
    const expected = Buffer.from(this.mac(part), 'utf8')
    if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) return null
    let payload: unknown
    try {
      payload = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    } catch {
      return null
    }
    // Checked once more after the signature: a secret shared by mistake is no excuse.
    return claimsFromPayload(payload)
  }

  private mac(part: string): string {
    return createHmac('sha256', this.secret).update(part, 'utf8').digest('base64url')
  }
}
