import type { IncomingMessage } from 'node:http'
import { DEFAULT_MAX_JSON_DEPTH, exceedsJsonDepth } from '@samkart/export'

/** Largest request body the API reads. A board title is ≤ 200 characters; this is generous. */
export const MAX_BODY_BYTES = 64 * 1024

/** Why a body was refused. */
export interface BodyRefusal {
  ok: false
  code: 'body_too_large' | 'invalid_json' | 'too_deep'
  message: string
}

/** A parsed body, or why there is none. */
export type BodyResult = { ok: true; value: unknown } | BodyRefusal

/**
 * Reads a request body of at most `limit` bytes into one array of its own (safe to transfer to
 * a worker thread). A body announced or found to be larger is refused without buffering it
 * (the rest of the stream is discarded).
 */
export async function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<{ ok: true; bytes: Uint8Array } | BodyRefusal> {
  const tooLarge = {
    ok: false,
    code: 'body_too_large',
    message: `request body is larger than ${limit} bytes`,
  } as const
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    req.resume()
    return tooLarge
  }
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > limit) {
        req.resume()
        return tooLarge
      }
      chunks.push(chunk)
    }
  } catch {
    return { ok: false, code: 'invalid_json', message: 'request body could not be read' }
  }
  // Copied into a fresh array: a small Buffer may share Node's pool with others.
  const bytes = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.length
  }
  return { ok: true, bytes }
}

/**
 * Parses a JSON body, after checking in one cheap pass that it nests no deeper than any API
 * body does (`JSON.parse` of millions of nested brackets holds the event loop for seconds).
 */
export function parseJsonBody(bytes: Uint8Array): BodyResult {
  if (exceedsJsonDepth(bytes, DEFAULT_MAX_JSON_DEPTH))
    return {
      ok: false,
      code: 'too_deep',
      message: `request body nests deeper than ${DEFAULT_MAX_JSON_DEPTH} levels`,
    }
  try {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8')
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, code: 'invalid_json', message: 'request body is not valid JSON' }
  }
}

/** Reads and parses a JSON request body of at most `limit` bytes (see {@link readBody}). */
export async function readJsonBody(
  req: IncomingMessage,
  limit = MAX_BODY_BYTES,
): Promise<BodyResult> {
  const body = await readBody(req, limit)
  return body.ok ? parseJsonBody(body.bytes) : body
}
