import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ApiContext } from './ApiContext'
import { handleApi } from './boardsApi'
import { sendError } from './sendJson'
import { serveStatic } from './serveStatic'

/** What the HTTP side needs: the API's context and the built web app's folder. */
export interface RequestHandlerOptions extends ApiContext {
  staticDir: string
}

/**
 * Routes plain HTTP requests: `/api/*` to the JSON API, `/ws/*` (when not an upgrade) to a 426,
 * everything else to the built web app. Never throws: a failure becomes a 500 and a log line.
 */
export function createRequestHandler(options: RequestHandlerOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    req.on('error', () => res.destroy())
    let pathname: string
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname
    } catch {
      res.writeHead(400).end()
      return
    }
    const handle = async () => {
      if (pathname === '/api' || pathname.startsWith('/api/'))
        return handleApi(req, res, pathname, options)
      if (pathname === '/ws' || pathname.startsWith('/ws/')) {
        res.writeHead(426, { Upgrade: 'websocket', 'Content-Type': 'text/plain; charset=utf-8' })
        res.end('This endpoint speaks WebSocket only')
        return
      }
      return serveStatic(req, res, pathname, options.staticDir)
    }
    handle().catch((err: unknown) => {
      options.logger.error('request failed', {
        method: req.method,
        path: pathname,
        error: err instanceof Error ? err.message : String(err),
      })
      if (!res.headersSent) sendError(res, 500, 'internal', 'internal server error')
      else res.destroy()
    })
  }
}
