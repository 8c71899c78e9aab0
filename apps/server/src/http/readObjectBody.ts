import type { IncomingMessage, ServerResponse } from 'node:http'
import { readJsonBody } from './readJsonBody'
import { sendError } from './sendJson'

/**
 * Reads a request body that must be a JSON object; answers 400 itself and returns `null` if
 * it is not. With `optional`, an empty body reads as `{}` (e.g. a duplicate without a title).
 */
export async function readObjectBody(
  req: IncomingMessage,
  res: ServerResponse,
  { optional = false } = {},
): Promise<Record<string, unknown> | null> {
  if (optional && req.headers['content-length'] === '0') return {}
  const body = await readJsonBody(req)
  if (!body.ok) {
    sendError(res, 400, body.code, body.message)
    return null
  }
  if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
    sendError(res, 400, 'invalid_body', 'request body must be a JSON object')
    return null
  }
  return body.value as Record<string, unknown>
}
