import { isValidId } from '../ids'
import { type Role, isRole } from './Role'

/**
 * Why a share-link token does not open a board: the snake_case codes the server sends both as
 * HTTP error codes and as WebSocket close reasons, and the web app translates. A missing token
 * closes a socket as `token_invalid` (one close code for both), but is its own HTTP code.
 */
export const TOKEN_REFUSALS = [
  'token_missing',
  'token_invalid',
  'token_wrong_board',
  'token_revoked',
  'token_expired',
] as const
export type TokenRefusal = (typeof TOKEN_REFUSALS)[number]

/**
 * What a share-link token says: which link of which board, with what role, valid until when.
 * The server signs and verifies tokens; the web app reads the claims (unverified) to show the
 * right controls before the server has answered. Both use this one definition.
 */
export interface TokenClaims {
  boardId: string
  linkId: string
  role: Role
  /** Milliseconds since the epoch, or `null` for a link that does not expire. */
  expiresAt: number | null
}

/** The signed payload of a token, `{ v: 1, b, l, r, e }`, in this fixed key order. */
export interface TokenPayload {
  v: 1
  b: string
  l: string
  r: Role
  e: number | null
}

/** The payload a token carries for `claims` (the key order is part of the format). */
export function tokenPayload(claims: TokenClaims): TokenPayload {
  return { v: 1, b: claims.boardId, l: claims.linkId, r: claims.role, e: claims.expiresAt }
}

/** The claims of a decoded payload, or `null` for anything that is not a version-1 payload. */
export function claimsFromPayload(payload: unknown): TokenClaims | null {
  if (typeof payload !== 'object' || payload === null) return null
  const { v, b, l, r, e } = payload as Record<string, unknown>
  if (v !== 1 || !isValidId(b) || !isValidId(l) || !isRole(r)) return null
  if (e !== null && !(typeof e === 'number' && Number.isSafeInteger(e) && e > 0)) return null
  return { boardId: b, linkId: l, role: r, expiresAt: e }
}
