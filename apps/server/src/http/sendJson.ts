import type { ServerResponse } from 'node:http'
import type { ModelError } from '@samkart/model'

/** Error codes of the HTTP API besides the model's own (`required`, `too_long`, …). */
export type ApiErrorCode =
  | 'invalid_json'
  | 'invalid_body'
  | 'body_too_large'
  | 'not_found'
  | 'method_not_allowed'
  | 'internal'
  | 'token_missing'
  | 'token_invalid'
  | 'token_expired'
  | 'token_revoked'
  | 'token_wrong_board'
  | 'forbidden_role'
  | 'admin_only'

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

/** A model refusal (a bad title, role or date) as a 400 the web app translates like any other. */
export function sendModelError(res: ServerResponse, error: ModelError): void {
  const { code, message, field, params } = error
  sendError(res, 400, code, message, { field, ...(params ? { params } : {}) })
}
