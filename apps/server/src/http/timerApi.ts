import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  type ApiRefusal,
  type TimerState,
  ok,
  parseTimerAction,
  readTimer,
  timerTransition,
  writeTimer,
} from '@samkart/model'
import type { ApiContext } from './ApiContext'
import { readObjectBody } from './readObjectBody'
import { requireRole } from './requestAccess'
import { sendError, sendJson } from './sendJson'

/**
 * The shared countdown (docs/user-guide.md, «Tidtaker»): `POST /api/boards/:id/timer`
 * {@link TimerAction} (facilitator) → the timer's state (root `timer` of the board, on the
 * server's clock); `409` for an action that does not apply (pausing a stopped timer).
 */
export async function handleTimerApi(
  req: IncomingMessage,
  res: ServerResponse,
  boardId: string,
  ctx: ApiContext,
): Promise<void> {
  if (!(await requireRole(req, res, ctx.access, boardId, 'facilitator'))) return
  const body = await readObjectBody(req, res)
  if (!body) return
  const action = parseTimerAction(body)
  if (!action.ok) return sendError(res, 400, action.refusal.code, action.refusal.message)
  let refusal: ApiRefusal | null = null
  let state: TimerState | null = null
  const done = await ctx.rooms.withRoom(boardId, (room) =>
    room.edit((doc, origin) => {
      const next = timerTransition(readTimer(doc), action.value, ctx.now())
      if (!next.ok) refusal = next.refusal
      else writeTimer(doc, (state = next.value), origin)
      return ok(undefined)
    }),
  )
  if (!done.found) return sendError(res, 404, 'not_found', 'no such board')
  const refused = refusal as ApiRefusal | null
  if (refused) return sendError(res, refused.status, refused.code, refused.message)
  ctx.logger.info('timer changed', { board: boardId, action: action.value.action })
  sendJson(res, 200, state)
}
