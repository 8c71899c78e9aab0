import { type BoardLock, type LockScope, LOCK_NAME_MAX, isLockScope } from '../facilitation/locks'

/**
 * The body of `PUT /api/boards/:id/lock` (facilitator): lock or unlock one scope. `by` is the
 * facilitator's name, shown to everyone in «Tavla er låst av <navn>».
 */
export interface BoardLockRequest {
  scope: LockScope
  locked: boolean
  by?: string
}

/** The answer of `PUT` and `GET /api/boards/:id/lock`: every active lock. */
export interface BoardLockState {
  locks: BoardLock[]
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** Reads a lock request, or says what is wrong with it. */
export function parseBoardLockRequest(
  body: unknown,
): { ok: true; request: BoardLockRequest } | { ok: false; reason: string } {
  if (!isRecord(body)) return { ok: false, reason: 'the body must be a JSON object' }
  const { scope, locked, by } = body
  if (!isLockScope(scope)) return { ok: false, reason: 'scope must be board, actors or journeys' }
  if (typeof locked !== 'boolean') return { ok: false, reason: 'locked must be true or false' }
  if (by !== undefined && (typeof by !== 'string' || [...by].length > LOCK_NAME_MAX))
    return { ok: false, reason: `by must be text of at most ${LOCK_NAME_MAX} characters` }
  return { ok: true, request: { scope, locked, ...(by !== undefined ? { by: by.trim() } : {}) } }
}
