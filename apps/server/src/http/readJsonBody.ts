import type { IncomingMessage } from 'node:http'

/** Largest request body the API reads. A board title is ≤ 200 characters; this is generous. */
export const MAX_BODY_BYTES = 64 * 1024

/** A parsed body, or why there is none. */
export type BodyResult =
  | { ok: true; value: unknown; bytes: number }
  | { ok: false; code: 'body_too_large' | 'invalid_json'; message: string; bytes?: number }

/**
 * Reads and parses a JSON request body of at most `limit` bytes. A body announced or found to
 * be larger is refused without buffering it (the rest of the stream is discarded).
 */
export async function readJsonBody(
  req: IncomingMessage,
  limit = MAX_BODY_BYTES,
): Promise<BodyResult> {
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
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown
    return { ok: true, value, bytes: size }
  } catch {
    return {
      ok: false,
      code: 'invalid_json',
      message: 'request body is not valid JSON',
      bytes: size,
    }
  }
}
