import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AccessControl, Grant } from '../access/AccessControl'
import { describeDenial, httpFor } from '../access/AccessDenial'
import { type Role, roleAtLeast } from '../access/Role'
import { sendError } from './sendJson'

/** Header for the admin token where `Authorization` already carries a board's token. */
export const ADMIN_TOKEN_HEADER = 'x-samkart-admin-token'

/** The token of `Authorization: Bearer <token>`, or `null`. */
export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization
  if (typeof header !== 'string') return null
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header)
  return match ? match[1]! : null
}

/**
 * The admin token a request offers: the `X-Samkart-Admin-Token` header if present, else the
 * bearer token (creating and listing boards need no board token, so it may go there).
 */
export function adminTokenOf(req: IncomingMessage): string | null {
  const header = req.headers[ADMIN_TOKEN_HEADER]
  return typeof header === 'string' && header !== '' ? header : bearerToken(req)
}

/**
 * Checks that the request's bearer token opens board `boardId` with at least role `needed`;
 * the admin token in `X-Samkart-Admin-Token` counts as a facilitator's of every board.
 * Answers the request itself when it does not (401 for a missing, invalid, expired or revoked
 * token, 403 for another board's token or too weak a role, 404 for a deleted board) and
 * returns `null`; otherwise returns the grant.
 */
export async function requireRole(
  req: IncomingMessage,
  res: ServerResponse,
  access: AccessControl,
  boardId: string,
  needed: Role,
): Promise<Grant | null> {
  const adminHeader = req.headers[ADMIN_TOKEN_HEADER]
  const decision =
    (await access.authorizeAdmin(typeof adminHeader === 'string' ? adminHeader : null, boardId)) ??
    (await access.authorize(bearerToken(req), boardId))
  if (!decision.ok) {
    const { status, code } = httpFor(decision.denial)
    sendError(res, status, code, describeDenial(decision.denial))
    return null
  }
  if (!roleAtLeast(decision.grant.role, needed)) {
    sendError(res, 403, 'forbidden_role', `this needs the ${needed} role`, {
      params: { role: decision.grant.role, needed },
    })
    return null
  }
  return decision.grant
}
