import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { WebSocketServer } from 'ws'
import type { Logger } from '../log'
import type { BoardRooms } from './BoardRooms'
import { Connection } from './Connection'

/** Prefix of the WebSocket endpoint; the stock client appends `/<board id>` to its URL. */
export const WS_PREFIX = '/ws/'

/** What the upgrade handler needs. */
export interface UpgradeOptions {
  wss: WebSocketServer
  rooms: BoardRooms
  logger: Logger
  maxBufferedBytes: number
}

/**
 * Handles HTTP upgrades: `/ws/<board id>` becomes a WebSocket attached to that board (an
 * unknown or invalid id is accepted and then closed with 4404, so the client learns why);
 * any other path is refused with a plain 404 before the handshake.
 */
export function createUpgradeHandler(options: UpgradeOptions) {
  return (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // A client may reset the TCP connection mid-handshake; unhandled, that would crash.
    socket.on('error', () => socket.destroy())
    let pathname: string
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname
    } catch {
      pathname = ''
    }
    if (!pathname.startsWith(WS_PREFIX)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    let boardId: string
    try {
      boardId = decodeURIComponent(pathname.slice(WS_PREFIX.length))
    } catch {
      boardId = ''
    }
    options.wss.handleUpgrade(req, socket, head, (ws) => {
      const conn = new Connection(ws, {
        logger: options.logger,
        boardId: boardId.slice(0, 80),
        maxBufferedBytes: options.maxBufferedBytes,
      })
      options.rooms.connect(conn, boardId).catch((err: unknown) => {
        options.logger.error('connect failed', conn.logFields({ error: String(err) }))
        conn.terminate()
      })
    })
  }
}
