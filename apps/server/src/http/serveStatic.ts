import { createReadStream, type Stats } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, sep } from 'node:path'
import { contentTypeOf } from './contentTypes'

/** Vite puts content-hashed files here; their names change whenever their content does. */
const HASHED_PREFIX = '/assets/'

const NOT_BUILT =
  '<!doctype html><meta charset="utf-8"><title>Samkart</title>' +
  '<p>Nettappen er ikke bygget. Kjør <code>pnpm build</code>.</p>' +
  '<p>The web app is not built. Run <code>pnpm build</code>.</p>'

/**
 * Serves the built web app from `root`:
 * - files with their content type; `/assets/*` cached for a year (hashed names), everything
 *   else revalidated on each use (`no-cache` + ETag), so a new build shows up at once;
 * - single-page-app fallback: a path without a file extension that is not a file gets
 *   `index.html`, so deep links like `/tavle/abc` work; a missing `x.js` is a plain 404;
 * - no way out of `root`: `..`, encoded or not, and symlinks pointing outside are 404s, as are
 *   dotfiles.
 */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  root: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Method not allowed')
    return
  }
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return sendText(res, 400, 'Bad request')
  }
  if (decoded.includes('\0')) return sendText(res, 400, 'Bad request')
  const segments = decoded.split(/[/\\]/).filter((s) => s !== '')
  if (segments.some((s) => s === '..' || s.startsWith('.'))) return sendText(res, 404, 'Not found')

  const file = segments.length === 0 ? null : await findFile(root, join(root, ...segments))
  if (file) return sendFile(req, res, file.path, file.stats, decoded.startsWith(HASHED_PREFIX))
  if (extname(decoded) !== '') return sendText(res, 404, 'Not found')

  const index = await findFile(root, join(root, 'index.html'))
  if (!index) {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' })
    res.end(NOT_BUILT)
    return
  }
  return sendFile(req, res, index.path, index.stats, false)
}

/** A regular file at `path` whose real location is inside `root`, or `null`. */
async function findFile(
  root: string,
  path: string,
): Promise<{ path: string; stats: Stats } | null> {
  try {
    const [realRoot, realPath] = await Promise.all([realpath(root), realpath(path)])
    if (!realPath.startsWith(realRoot + sep)) return null
    const stats = await stat(realPath)
    return stats.isFile() ? { path: realPath, stats } : null
  } catch {
    return null
  }
}

function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  stats: Stats,
  hashed: boolean,
): void {
  const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`
  const headers = {
    'Content-Type': contentTypeOf(path),
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  }
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers)
    res.end()
    return
  }
  res.writeHead(200, { ...headers, 'Content-Length': stats.size })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  const stream = createReadStream(path)
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
  res.end(text)
}
