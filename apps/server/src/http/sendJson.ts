import type { ServerResponse } from 'node:http'
import type { ModelError, TokenRefusal } from '@samkart/model'
import { PoolBusyError, WorkFailedError } from '../work/WorkerPool'

/** Error codes of the HTTP API besides the model's own (`required`, `too_long`, …). */
export type ApiErrorCode =
  | 'invalid_json'
  | 'too_deep'
  | 'invalid_body'
  | 'body_too_large'
  | 'not_found'
  | 'method_not_allowed'
  | 'internal'
  | TokenRefusal
  | 'forbidden_role'
  | 'admin_only'
  | 'server_busy'
  | 'work_failed'
  | 'invalid_query'
  | 'locked'

/** The body of every API error: a stable code for the UI to translate, English for logs. */
export interface ApiError {
  error: { code: string; message: string; field?: string; params?: Record<string, string | number> }
}

/** Sends a JSON response. API answers are never cached: board lists change all the time. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(payload),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  res.end(payload)
}

/** Sends `{ error: { code, message, … } }`. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: ApiErrorCode | (string & {}),
  message: string,
  extra: Omit<ApiError['error'], 'code' | 'message'> = {},
): void {
  sendJson(res, status, { error: { code, message, ...extra } } satisfies ApiError)
}

/** Answers `204 No Content` (a deletion done). */
export function sendNoContent(res: ServerResponse): void {
  res.writeHead(204, { 'Cache-Control': 'no-store' })
  res.end()
}

/** Answers `400` with a refusal that already has the API's error shape (an import's, say). */
export function sendRefusal(res: ServerResponse, refusal: ApiError['error']): void {
  const { code, message, ...extra } = refusal
  sendError(res, 400, code, message, extra)
}

/** A model refusal (a bad title, role or date) as a 400 the web app translates like any other. */
export function sendModelError(res: ServerResponse, error: ModelError): void {
  const { code, message, field, params } = error
  sendError(res, 400, code, message, { field, ...(params ? { params } : {}) })
}

/** Seconds a client is asked to wait before retrying a request the worker pool refused. */
export const BUSY_RETRY_AFTER_SECONDS = 5

/**
 * Answers a heavy request that the worker pool could not do: `503 server_busy` (with
 * `Retry-After`) when every worker is busy and the queue is full, `503 work_failed` when the
 * job's worker ran out of memory or time. Anything else is a bug and is thrown on.
 */
export function sendWorkError(res: ServerResponse, err: unknown): void {
  if (err instanceof PoolBusyError) {
    res.setHeader('Retry-After', String(BUSY_RETRY_AFTER_SECONDS))
    return sendError(res, 503, 'server_busy', 'the server is busy with other large requests')
  }
  if (err instanceof WorkFailedError)
    return sendError(res, 503, 'work_failed', `the request could not be finished: ${err.message}`)
  throw err
}
