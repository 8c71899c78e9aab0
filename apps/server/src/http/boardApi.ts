import type { IncomingMessage, ServerResponse } from 'node:http'
import type { BoardInfo, CreatedBoard } from '@samkart/model'
import { deleteBoard } from '../boards/deleteBoard'
import { duplicateBoard } from '../boards/duplicateBoard'
import { renameBoard } from '../boards/renameBoard'
import type { ApiContext } from './ApiContext'
import { handleLinksApi } from './linksApi'
import { handleLockApi } from './lockApi'
import { handleVersionsApi } from './versionsApi'
import { handleTimerApi } from './timerApi'
import { handleVotesApi } from './votesApi'
import { readObjectBody } from './readObjectBody'
import { adminTokenOf, requireRole } from './requestAccess'
import {
  sendError,
  sendJson,
  sendModelError,
  sendNoContent,
  sendRefusal,
  sendWorkError,
} from './sendJson'

/** `/api/boards/:id` and everything under it. */
const BOARD_PATH = /^\/api\/boards\/([^/]+)(\/.*)?$/

/**
 * One board's API, every route behind its share-link token (`Authorization: Bearer`):
 * - `GET /api/boards/:id` (any role) → `{ id, title, createdAt, role }`, plus `droppedWrites`
 *   for facilitators
 * - `PATCH /api/boards/:id` `{ title }` (editor+) → the board, renamed in the live document too;
 *   `409 locked` for an editor while the board lock holds the title
 * - `DELETE /api/boards/:id` (facilitator) → 204; its clients are closed with `CloseCode.BoardNotFound`
 * - `POST /api/boards/:id/duplicate` `{ title? }` (facilitator, or editor+ with
 *   `SAMKART_DUPLICATE=editor`; and the admin token when creating boards is restricted) → 201
 *   `{ id, title, createdAt, role: 'facilitator', token }`
 * - `/api/boards/:id/links…`: see {@link handleLinksApi}
 * - `/api/boards/:id/versions…`: see {@link handleVersionsApi}
 * - `/api/boards/:id/votes…`: see {@link handleVotesApi}; `/api/boards/:id/timer`: {@link handleTimerApi}
 * - `/api/boards/:id/lock`: see {@link handleLockApi}
 *
 * Returns `false` if `pathname` is not a board's path (the caller answers 404).
 */
export async function handleBoardApi(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  ctx: ApiContext,
): Promise<boolean> {
  const match = BOARD_PATH.exec(pathname)
  if (!match) return false
  const boardId = match[1]!
  const rest = match[2] ?? ''
  const method = req.method ?? 'GET'
  const allow = (allowed: string[]) => {
    if (allowed.includes(method)) return true
    res.setHeader('Allow', allowed.join(', '))
    sendError(res, 405, 'method_not_allowed', `${method} is not allowed on ${pathname}`)
    return false
  }

  if (rest === '') {
    if (!allow(['GET', 'HEAD', 'PATCH', 'DELETE'])) return true
    if (method === 'PATCH') await rename(req, res, ctx, boardId)
    else if (method === 'DELETE') await remove(req, res, ctx, boardId)
    else await describe(req, res, ctx, boardId)
    return true
  }
  if (rest === '/duplicate') {
    if (allow(['POST'])) await duplicate(req, res, ctx, boardId)
    return true
  }
  if (rest === '/links' || rest.startsWith('/links/')) {
    await handleLinksApi(req, res, { boardId, rest: rest.slice('/links'.length), allow }, ctx)
    return true
  }
  if (rest === '/versions' || rest.startsWith('/versions/')) {
    const route = { boardId, rest: rest.slice('/versions'.length), allow }
    await handleVersionsApi(req, res, route, ctx)
    return true
  }
  if (rest === '/votes' || rest.startsWith('/votes/')) {
    await handleVotesApi(req, res, { boardId, rest: rest.slice('/votes'.length), allow }, ctx)
    return true
  }
  if (rest === '/timer') {
    if (allow(['POST'])) await handleTimerApi(req, res, boardId, ctx)
    return true
  }
  if (rest === '/lock') {
    await handleLockApi(req, res, { boardId, allow }, ctx)
    return true
  }
  sendError(res, 404, 'not_found', `no API at ${pathname}`)
  return true
}

async function describe(req: IncomingMessage, res: ServerResponse, ctx: ApiContext, id: string) {
  const grant = await requireRole(req, res, ctx.access, id, 'viewer')
  if (!grant) return
  const board = await ctx.storage.getBoard(id)
  if (!board) return sendError(res, 404, 'not_found', 'no such board')
  const dropped =
    grant.role === 'facilitator' ? { droppedWrites: await ctx.rooms.droppedWrites(id) } : {}
  sendJson(res, 200, { ...board, role: grant.role, ...dropped } satisfies BoardInfo)
}

async function rename(req: IncomingMessage, res: ServerResponse, ctx: ApiContext, id: string) {
  const grant = await requireRole(req, res, ctx.access, id, 'editor')
  if (!grant) return
  const body = await readObjectBody(req, res)
  if (!body) return
  const renamed = await renameBoard(ctx.rooms, ctx.storage, id, body.title, grant.role)
  if (!renamed) return sendError(res, 404, 'not_found', 'no such board')
  if (!renamed.ok && 'locked' in renamed)
    return sendError(
      res,
      409,
      'locked',
      `the board is locked by ${renamed.locked.by || 'a facilitator'}`,
      { params: { scope: renamed.locked.scope } },
    )
  if (!renamed.ok) return sendModelError(res, renamed.error)
  sendJson(res, 200, { ...renamed.value, role: grant.role } satisfies BoardInfo)
}

async function remove(req: IncomingMessage, res: ServerResponse, ctx: ApiContext, id: string) {
  if (!(await requireRole(req, res, ctx.access, id, 'facilitator'))) return
  if (!(await deleteBoard(ctx.rooms, ctx.storage, ctx.access, id)))
    return sendError(res, 404, 'not_found', 'no such board')
  ctx.logger.info('board deleted', { board: id })
  sendNoContent(res)
}

async function duplicate(req: IncomingMessage, res: ServerResponse, ctx: ApiContext, id: string) {
  if (!(await requireRole(req, res, ctx.access, id, ctx.duplicateRole))) return
  if (!ctx.access.mayCreateBoards(adminTokenOf(req)))
    return sendError(res, 403, 'admin_only', 'creating boards needs the admin token')
  const body = await readObjectBody(req, res, { optional: true })
  if (!body) return
  let copy
  try {
    copy = await duplicateBoard(ctx.rooms, ctx.storage, ctx.work, id, body.title)
  } catch (err) {
    return sendWorkError(res, err)
  }
  if (!copy) return sendError(res, 404, 'not_found', 'no such board')
  if (!copy.ok) return sendRefusal(res, copy.refusal)
  ctx.logger.info('board duplicated', { board: id, copy: copy.board.id })
  sendJson(res, 201, (await ctx.access.issueCreatorLink(copy.board)) satisfies CreatedBoard)
}
