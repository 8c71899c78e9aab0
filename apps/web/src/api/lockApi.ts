import type { BoardLock, BoardLockRequest } from '@samkart/model'
import { type ApiResult, bearer, request, settle } from './boardsApi'

type Fetch = typeof fetch

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/**
 * `PUT /api/boards/:id/lock` (facilitator): locks or unlocks one scope; the board's `locks`
 * root reaches every client as an edit, so the answer matters only for errors.
 */
export function setBoardLock(
  boardId: string,
  token: string | null,
  lock: BoardLockRequest,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<BoardLock[]>> {
  return settle(
    request(fetchFn, `/api/boards/${encodeURIComponent(boardId)}/lock`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: JSON.stringify(lock),
    }),
    (body) => (isRecord(body) && Array.isArray(body.locks) ? (body.locks as BoardLock[]) : null),
  )
}
