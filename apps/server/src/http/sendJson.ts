import type { ServerResponse } from 'node:http'

/** Error codes of the HTTP API besides the model's own (`required`, `too_long`, …). */
export type ApiErrorCode =
  | 'invalid_json'
  | 'invalid_body'
  | 'body_too_large'
  | 'not_found'
  | 'method_not_allowed'
  | 'internal'

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
