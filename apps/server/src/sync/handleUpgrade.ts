import type { IncomingMessage } from 'node:http'
import { PARTICIPANT_PARAM } from '@samkart/model'
import type { Duplex } from 'node:stream'
import type { WebSocketServer } from 'ws'
import type { AccessControl } from '../access/AccessControl'
import { closeFor, describeDenial } from '../access/AccessDenial'
import type { ConnectionLimits } from '../limits/ConnectionLimits'
import type { Logger } from '../log'
import type { BoardRooms } from './BoardRooms'
import { CloseCode } from './CloseCode'
import { Connection, type RateLimits } from './Connection'
import type { LiveGrants } from './LiveGrants'

/** Prefix of the WebSocket endpoint; the stock client appends `/<board id>` to its URL. */
export const WS_PREFIX = '/ws/'

/** What the upgrade handler needs. */
export interface UpgradeOptions {
  wss: WebSocketServer
  rooms: BoardRooms
  logger: Logger
  maxBufferedBytes: number
  /** The most bytes of one client's messages waiting to be handled (see `Connection`). */
  maxQueuedBytes: number
  access: AccessControl
  limits: ConnectionLimits
  grants: LiveGrants
  rates: RateLimits
}

/**
 * Handles HTTP upgrades: `/ws/<board id>?token=<token>&participant=<id>` becomes a WebSocket
 * attached to that board. Refusals happen after the handshake, as `CloseCode`s, so the client
 * learns why: `ServerFull` when the server is full, the token's verdict (`TokenInvalid`,
 * `TokenWrongBoard`, `TokenRevoked`, `TokenExpired`), `BoardFull` when the board is full,
 * `BoardNotFound` for an unknown or invalid id. Any other path is refused with a plain 404
 * before the handshake. The URL carries the token, so it is never logged.
 */
export function createUpgradeHandler(options: UpgradeOptions) {
  return (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // A client may reset the TCP connection mid-handshake; unhandled, that would crash.
    socket.on('error', () => socket.destroy())
    let pathname: string
    let token: string | null = null
    let participantId: string | null = null
    try {
      const url = new URL(req.url ?? '/', 'http://localhost')
      pathname = url.pathname
      token = url.searchParams.get('token')
      participantId = url.searchParams.get(PARTICIPANT_PARAM)
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
        participantId,
        maxBufferedBytes: options.maxBufferedBytes,
        maxQueuedBytes: options.maxQueuedBytes,
        rates: options.rates,
      })
      admit(options, conn, boardId, token).catch((err: unknown) => {
        options.logger.error('connect failed', conn.logFields({ error: String(err) }))
        conn.terminate()
      })
    })
  }
}

/** Checks the caps and the token, in that order of cost, then hands the client to its room. */
async function admit(
  options: UpgradeOptions,
  conn: Connection,
  boardId: string,
  token: string | null,
): Promise<void> {
  const { logger, limits } = options
  if (!limits.admitToServer(conn)) {
    logger.warn('connection refused: server full', conn.logFields({ open: limits.openConnections }))
    return conn.close(CloseCode.ServerFull, 'server_full')
  }
  const decision = await options.access.authorize(token, boardId)
  if (!decision.ok) {
    logger.info(`connection refused: ${describeDenial(decision.denial)}`, conn.logFields())
    const { code, reason } = closeFor(decision.denial)
    return conn.close(code, reason)
  }
  conn.grant = decision.grant
  options.grants.track(conn)
  if (!conn.isOpen) return // left while the token was checked, or its link was just revoked
  await limits.prepareBoard(boardId)
  if (!conn.isOpen) return
  if (!limits.admitToBoard(conn, boardId)) {
    logger.warn('connection refused: board full', conn.logFields())
    return conn.close(CloseCode.BoardFull, 'board_full')
  }
  await options.rooms.connect(conn, boardId)
}
