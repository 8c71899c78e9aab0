import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  type BoardLockState,
  ok,
  parseBoardLockRequest,
  readLocks,
  writeLock,
} from '@samkart/model'
import type { ApiContext } from './ApiContext'
import { readObjectBody } from './readObjectBody'
import { requireRole } from './requestAccess'
import { sendError, sendJson } from './sendJson'

/**
 * A board's locks (docs/user-guide.md, «Låsing»; apps/server/README.md):
 * - `GET /api/boards/:id/lock` (viewer+) → {@link BoardLockState}
 * - `PUT /api/boards/:id/lock` `{ scope, locked, by? }` (facilitator) → 200
 *   {@link BoardLockState}. The server writes the root `locks` of the board, which every
 *   connected client receives as an edit; while a scope is locked, editors' writes to it are
 *   dropped (`sync/lockScope.ts`). Locking a scope that is locked keeps its `by` and `since`.
 */
export async function handleLockApi(
  req: IncomingMessage,
  res: ServerResponse,
  route: { boardId: string; allow(methods: string[]): boolean },
  ctx: ApiContext,
): Promise<void> {
  if (!route.allow(['GET', 'HEAD', 'PUT'])) return
  const id = route.boardId
  if (req.method !== 'PUT') {
    if (!(await requireRole(req, res, ctx.access, id, 'viewer'))) return
    const read = await ctx.rooms.withRoom(id, (room) => room.run(readLocks))
    if (!read.found) return sendError(res, 404, 'not_found', 'no such board')
    return sendJson(res, 200, { locks: read.value } satisfies BoardLockState)
  }
  if (!(await requireRole(req, res, ctx.access, id, 'facilitator'))) return
  const body = await readObjectBody(req, res)
  if (!body) return
  const parsed = parseBoardLockRequest(body)
  if (!parsed.ok) return sendError(res, 400, 'invalid_lock', parsed.reason)
  const { scope, locked, by = '' } = parsed.request
  const done = await ctx.rooms.withRoom(id, (room) =>
    room.edit((doc, origin) => {
      const current = readLocks(doc).some((lock) => lock.scope === scope)
      if (locked !== current)
        writeLock(doc, scope, locked ? { by, since: new Date().toISOString() } : null, origin)
      return ok(readLocks(doc))
    }),
  )
  if (!done.found || !done.value.ok) return sendError(res, 404, 'not_found', 'no such board')
  ctx.logger.info(locked ? 'board locked' : 'board unlocked', { board: id, scope })
  sendJson(res, 200, { locks: done.value.value } satisfies BoardLockState)
}
