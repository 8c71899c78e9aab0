/**
 * Everything instances tell each other through Redis, one typed union handled by exhaustive
 * switches (`BoardRooms.receiveRemote`, `Cluster.onControl` in createServer). Board messages
 * go on the board's channel, which only instances that have the board loaded subscribe to;
 * control messages go on one channel every instance subscribes to.
 *
 * `from` is the sending instance's id: instances ignore their own messages (Redis delivers a
 * publication to the publisher's subscriber connection too).
 */
export type ClusterMessage =
  /** A Yjs update, already committed in PostgreSQL by the sender. */
  | { type: 'update'; from: string; board: string; update: Uint8Array }
  /** A y-protocols awareness update (presence), never stored. */
  | { type: 'awareness'; from: string; board: string; update: Uint8Array }
  /** An instance just loaded the board: the others answer with their clients' presence. */
  | { type: 'awareness-query'; from: string; board: string }
  /** The board was deleted: close its clients with `CloseCode.BoardNotFound` (`board_deleted`). */
  | { type: 'board-deleted'; from: string; board: string }
  /** The share link was revoked: close its connections with `CloseCode.TokenRevoked`. */
  | { type: 'link-revoked'; from: string; link: string }

/** Messages about one board's document and presence, sent on its channel. */
export type BoardMessage = Extract<
  ClusterMessage,
  { type: 'update' | 'awareness' | 'awareness-query' }
>
/** Messages every instance hears. */
export type ControlMessage = Exclude<ClusterMessage, BoardMessage>

/** The channel of one board's updates and presence. */
export const boardChannel = (boardId: string) => `samkart:board:${boardId}`
/** The channel every instance subscribes to. */
export const CONTROL_CHANNEL = 'samkart:control'

/** JSON with the binary payload in base64: readable in `redis-cli monitor`, small enough. */
export function encodeClusterMessage(message: ClusterMessage): string {
  switch (message.type) {
    case 'update':
    case 'awareness':
      return JSON.stringify({ ...message, update: Buffer.from(message.update).toString('base64') })
    case 'awareness-query':
    case 'board-deleted':
    case 'link-revoked':
      return JSON.stringify(message)
    default: {
      const unreachable: never = message
      throw new Error(`unknown cluster message ${JSON.stringify(unreachable)}`)
    }
  }
}

/** Parses and checks a message; `null` for anything malformed (logged by the caller). */
export function decodeClusterMessage(raw: string): ClusterMessage | null {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const m = value as Record<string, unknown>
  if (typeof m.from !== 'string') return null
  switch (m.type) {
    case 'update':
    case 'awareness':
      if (typeof m.board !== 'string' || typeof m.update !== 'string') return null
      return {
        type: m.type,
        from: m.from,
        board: m.board,
        update: new Uint8Array(Buffer.from(m.update, 'base64')),
      }
    case 'awareness-query':
    case 'board-deleted':
      return typeof m.board === 'string' ? { type: m.type, from: m.from, board: m.board } : null
    case 'link-revoked':
      return typeof m.link === 'string' ? { type: m.type, from: m.from, link: m.link } : null
    default:
      return null
  }
}
