import type { IncomingMessage, ServerResponse } from 'node:http'
import { parseLinkRequest } from '../access/parseLinkRequest'
import type { ApiContext } from './ApiContext'
import { readObjectBody } from './readObjectBody'
import { requireRole } from './requestAccess'
import { sendError, sendJson, sendModelError, sendNoContent } from './sendJson'

/** The part of a board's path after `/links`, and the method check of the caller. */
export interface LinksRoute {
  boardId: string
  /** `''` or `/<linkId>`. */
  rest: string
  allow(methods: string[]): boolean
}

/**
 * A board's share links, for its facilitators only:
 * - `GET /api/boards/:id/links` → `{ links: [{ id, role, createdAt, expiresAt, revokedAt,
 *   token }], duplicate }`, oldest first, `token` only for active links; `duplicate` is the
 *   least role that may duplicate the board, which the share dialog tells the facilitator
 * - `POST /api/boards/:id/links` `{ role, expiresAt? }` → 201 the link, with its token
 * - `DELETE /api/boards/:id/links/:linkId` → 204; the link's live connections get 4410
 */
export async function handleLinksApi(
  req: IncomingMessage,
  res: ServerResponse,
  route: LinksRoute,
  ctx: ApiContext,
): Promise<void> {
  const { boardId, rest } = route
  const one = /^\/([^/]+)$/.exec(rest)
  if (rest !== '' && !one) return sendError(res, 404, 'not_found', 'no such link')
  if (!route.allow(one ? ['DELETE'] : ['GET', 'HEAD', 'POST'])) return
  if (!(await requireRole(req, res, ctx.access, boardId, 'facilitator'))) return
  if (!(await ctx.storage.getBoard(boardId)))
    return sendError(res, 404, 'not_found', 'no such board')

  if (one) {
    const outcome = await ctx.access.revokeLink(boardId, one[1]!)
    if (outcome === 'not_found') return sendError(res, 404, 'not_found', 'no such link')
    ctx.logger.info('share link revoked', { board: boardId, link: one[1] })
    return sendNoContent(res)
  }
  if (req.method !== 'POST')
    return sendJson(res, 200, {
      links: await ctx.access.listLinks(boardId),
      duplicate: ctx.duplicateRole,
    })
  const body = await readObjectBody(req, res)
  if (!body) return
  const parsed = parseLinkRequest(body, Date.now())
  if (!parsed.ok) return sendModelError(res, parsed.error)
  const link = await ctx.access.createLink(boardId, parsed.value.role, parsed.value.expiresAt)
  ctx.logger.info('share link created', { board: boardId, link: link.id, role: link.role })
  sendJson(res, 201, link)
}
