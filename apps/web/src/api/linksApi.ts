import { type Role, isRole } from '../access/roles'
import { type ApiResult, bearer, request, settle } from './boardsApi'

/** A board's share link as its facilitators see it. */
export interface ShareLink {
  id: string
  role: Role
  /** ISO 8601. */
  createdAt: string
  /** ISO 8601, or `null` for a link that does not expire. */
  expiresAt: string | null
  /** ISO 8601, or `null` while the link is not revoked. */
  revokedAt: string | null
  /** The token, for active links only (the server can derive it again); `null` otherwise. */
  token: string | null
}

type Fetch = typeof fetch

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
const isoOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string'

/** Reads one link, or `null` if the shape is wrong. */
export function parseShareLink(value: unknown): ShareLink | null {
  if (!isRecord(value)) return null
  const { id, role, createdAt, expiresAt, revokedAt, token } = value
  if (typeof id !== 'string' || !isRole(role) || typeof createdAt !== 'string') return null
  if (!isoOrNull(expiresAt ?? null) || !isoOrNull(revokedAt ?? null)) return null
  return {
    id,
    role,
    createdAt,
    expiresAt: (expiresAt as string | null | undefined) ?? null,
    revokedAt: (revokedAt as string | null | undefined) ?? null,
    token: typeof token === 'string' && token ? token : null,
  }
}

const linksUrl = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/links`

/** A board's links, and the least role the server lets duplicate the board. */
export interface BoardLinks {
  links: ShareLink[]
  /** `SAMKART_DUPLICATE`: only facilitators (the default), or editors too. */
  duplicate: Extract<Role, 'facilitator' | 'editor'>
}

/** `GET /api/boards/:id/links` (facilitator): every link of the board, oldest first. */
export function listLinks(
  boardId: string,
  token: string | null,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<BoardLinks>> {
  return settle(request(fetchFn, linksUrl(boardId), { headers: bearer(token) }), (body) =>
    isRecord(body) && Array.isArray(body.links)
      ? {
          links: body.links.map(parseShareLink).filter((l): l is ShareLink => l !== null),
          duplicate: body.duplicate === 'editor' ? 'editor' : 'facilitator',
        }
      : null,
  )
}

/**
 * `POST /api/boards/:id/links` (facilitator): a new link giving `role`, valid until `expiresAt`
 * (ISO 8601) or for ever.
 */
export function createLink(
  boardId: string,
  token: string | null,
  role: Role,
  expiresAt: string | null,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<ShareLink>> {
  return settle(
    request(fetchFn, linksUrl(boardId), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: JSON.stringify(expiresAt ? { role, expiresAt } : { role }),
    }),
    parseShareLink,
  )
}

/** `DELETE /api/boards/:id/links/:linkId` (facilitator): revokes the link for everyone using it. */
export function revokeLink(
  boardId: string,
  token: string | null,
  linkId: string,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<true>> {
  return settle(
    request(fetchFn, `${linksUrl(boardId)}/${encodeURIComponent(linkId)}`, {
      method: 'DELETE',
      headers: bearer(token),
    }),
    () => true as const,
  )
}
