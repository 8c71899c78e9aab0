import type { IncomingMessage, ServerResponse } from 'node:http'
import { BOARD_TEMPLATES } from '@samkart/model'
import { type CreateBoardInput, createBoard } from '../boards/createBoard'
import type { Storage } from '../storage/Storage'
import { readJsonBody } from './readJsonBody'
import { sendError, sendJson } from './sendJson'

/**
 * The JSON API under `/api`:
 * - `GET /api/health` → `{ status: 'ok' }`
 * - `GET /api/boards` → `{ boards: [{ id, title, createdAt }] }`, newest first
 * - `POST /api/boards` `{ title, template? }` → 201 `{ id, title, createdAt }`
 * - `GET /api/templates` → `{ templates: [{ id, title, source, actors, relations }] }`
 * - `GET /api/boards/:id` → `{ id, title, createdAt }` or 404
 *
 * Errors are `{ error: { code, message } }`; see the README for the codes.
 */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  storage: Storage,
): Promise<void> {
  const method = req.method ?? 'GET'
  const route = (allowed: string[]) => {
    if (allowed.includes(method)) return true
    res.setHeader('Allow', allowed.join(', '))
    sendError(res, 405, 'method_not_allowed', `${method} is not allowed on ${pathname}`)
    return false
  }

  if (pathname === '/api/health') {
    if (route(['GET', 'HEAD'])) sendJson(res, 200, { status: 'ok' })
    return
  }
  if (pathname === '/api/boards') {
    if (!route(['GET', 'HEAD', 'POST'])) return
    if (method !== 'POST') return sendJson(res, 200, { boards: await storage.listBoards() })
    const body = await readJsonBody(req)
    if (!body.ok) return sendError(res, 400, body.code, body.message)
    if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value))
      return sendError(res, 400, 'invalid_body', 'request body must be a JSON object')
    const created = await createBoard(storage, body.value as CreateBoardInput)
    if (!created.ok) {
      const { code, message, field, params } = created.error
      return sendError(res, 400, code, message, { field, ...(params ? { params } : {}) })
    }
    return sendJson(res, 201, created.value)
  }
  if (pathname === '/api/templates') {
    if (!route(['GET', 'HEAD'])) return
    const templates = Object.values(BOARD_TEMPLATES).map((t) => ({
      id: t.id,
      title: t.title,
      source: t.source,
      actors: t.actors.length,
      relations: t.relations.length,
    }))
    return sendJson(res, 200, { templates })
  }
  const one = /^\/api\/boards\/([^/]+)$/.exec(pathname)
  if (one) {
    if (!route(['GET', 'HEAD'])) return
    const board = await storage.getBoard(one[1]!)
    return board ? sendJson(res, 200, board) : sendError(res, 404, 'not_found', 'no such board')
  }
  sendError(res, 404, 'not_found', `no API at ${pathname}`)
}
