import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  type AdminBoardList,
  type AdminBoardListing,
  type CreatedBoard,
  BOARD_TEMPLATES,
  REGISTRY_QUERY_MAX,
  type RegistrySearchResponse,
  type ServerTime,
} from '@samkart/model'
import { isImportRequest } from '../boards/buildImportedBoard'
import { type CreateBoardInput, createBoard } from '../boards/createBoard'
import { IMPORT_BODY_BYTES, importBoard } from '../boards/importBoard'
import type { ApiContext } from './ApiContext'
import { handleBoardApi } from './boardApi'
import { MAX_BODY_BYTES, parseJsonBody, readBody } from './readJsonBody'
import { adminTokenOf } from './requestAccess'
import { sendError, sendJson, sendRefusal, sendWorkError } from './sendJson'

/**
 * The JSON API under `/api`:
 * - `GET /api/health` → `{ status: 'ok' }`
 * - `GET /api/time` → {@link ServerTime}: the server's clock, for the shared timer
 * - `GET /api/boards` (admin token, unless access is open) → {@link AdminBoardList}, newest
 *   first
 * - `POST /api/boards` `{ title, template? }` (admin token if creation is restricted) → 201
 *   `{ id, title, createdAt, role: 'facilitator', token }`; with `{ title?, import: <board
 *   file> }` the board is made from an exported JSON board file (400 with the import's code)
 * - `GET /api/templates` → `{ templates: [{ id, title, source, actors, relations }] }`
 * - `GET /api/registry?q=<name or number>` → {@link RegistrySearchResponse}: organisations
 *   from Enhetsregisteret that the operator imported (public data; no token needed)
 * - `/api/boards/:id…` (share-link token): see {@link handleBoardApi}
 *
 * Errors are `{ error: { code, message } }`; see the README for the codes.
 */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  ctx: ApiContext,
): Promise<void> {
  const { storage, access } = ctx
  const method = req.method ?? 'GET'
  const route = (allowed: string[]) => {
    if (allowed.includes(method)) return true
    res.setHeader('Allow', allowed.join(', '))
    sendError(res, 405, 'method_not_allowed', `${method} is not allowed on ${pathname}`)
    return false
  }

  if (pathname === '/api/time') {
    // The server's clock, for clients to set their timer display by (no token: it is no secret).
    if (route(['GET', 'HEAD'])) sendJson(res, 200, { now: ctx.now() } satisfies ServerTime)
    return
  }
  if (pathname === '/api/health') {
    if (route(['GET', 'HEAD'])) sendJson(res, 200, { status: 'ok' })
    return
  }
  if (pathname === '/api/boards') {
    if (!route(['GET', 'HEAD', 'POST'])) return
    if (method !== 'POST') {
      if (!access.mayListBoards(adminTokenOf(req)))
        return sendError(res, 403, 'admin_only', 'listing every board needs the admin token')
      const participants = ctx.rooms.participantCounts()
      const boards: AdminBoardListing[] = (await storage.listBoards()).map((board) => ({
        ...board,
        participants: participants.get(board.id) ?? 0,
      }))
      return sendJson(res, 200, { boards } satisfies AdminBoardList)
    }
    if (!access.mayCreateBoards(adminTokenOf(req)))
      return sendError(res, 403, 'admin_only', 'creating boards needs the admin token')
    // Room for an exported board file; any other body keeps the API's small limit.
    const body = await readBody(req, IMPORT_BODY_BYTES)
    if (!body.ok) return sendError(res, 400, body.code, body.message)
    // A small body is parsed here; an import, and anything larger, is a worker's job.
    let value: unknown = undefined
    if (body.bytes.length <= MAX_BODY_BYTES) {
      const parsed = parseJsonBody(body.bytes)
      if (!parsed.ok) return sendError(res, 400, parsed.code, parsed.message)
      value = parsed.value
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return sendError(res, 400, 'invalid_body', 'request body must be a JSON object')
    }
    if (value === undefined || isImportRequest(value)) {
      let imported
      try {
        imported = await importBoard(storage, ctx.work, body.bytes, ctx.maxEntities)
      } catch (err) {
        return sendWorkError(res, err)
      }
      if (!imported.ok) return sendRefusal(res, imported.refusal)
      return sendJson(
        res,
        201,
        (await access.issueCreatorLink(imported.board)) satisfies CreatedBoard,
      )
    }
    const created = await createBoard(storage, value as CreateBoardInput)
    if (!created.ok) {
      const { code, message, field, params } = created.error
      return sendError(res, 400, code, message, { field, ...(params ? { params } : {}) })
    }
    return sendJson(res, 201, (await access.issueCreatorLink(created.value)) satisfies CreatedBoard)
  }
  if (pathname === '/api/registry') {
    if (!route(['GET', 'HEAD'])) return
    const query = new URL(req.url ?? '', 'http://localhost').searchParams.get('q') ?? ''
    if (query.length > REGISTRY_QUERY_MAX)
      return sendError(
        res,
        400,
        'invalid_query',
        `q may be at most ${REGISTRY_QUERY_MAX} characters`,
      )
    return sendJson(res, 200, ctx.registry.search(query) satisfies RegistrySearchResponse)
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
  if (await handleBoardApi(req, res, pathname, ctx)) return
  sendError(res, 404, 'not_found', `no API at ${pathname}`)
}
