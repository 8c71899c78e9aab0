import { type ParticipantId, createParticipantId, isParticipantId } from '@samkart/model'
import type { RawData, WebSocket } from 'ws'
import type { Grant } from '../access/AccessControl'
import { ByteBudget } from '../limits/ByteBudget'
import { TokenBucket } from '../limits/TokenBucket'
import type { Logger } from '../log'
import { CloseCode } from './CloseCode'

let nextId = 1

/** Options for {@link Connection}. */
export interface ConnectionOptions {
  logger: Logger
  boardId: string
  /**
   * The participant id the client sent (`?participant=`); a malformed or missing one gives the
   * connection a fresh random id, so it is only ever itself (it owns no one else's comments).
   */
  participantId?: string | null
  /** Close a client whose unsent backlog exceeds this (it cannot keep up). */
  maxBufferedBytes: number
  /** Per-connection rate limits; none if absent. */
  rates?: RateLimits
  /**
   * The most bytes of this client's messages held at once, waiting for the board to load or in
   * its room's queue; over it the connection is closed with 4513 `queue_full`. No cap if absent.
   */
  maxQueuedBytes?: number
}

/** Sustained rates per connection; bursts of twice as many are allowed after a quiet spell. */
export interface RateLimits {
  /** Messages of any kind per second. */
  messagesPerSecond: number
  /** Awareness (presence) updates per second. */
  awarenessPerSecond: number
}

/** Until its token is checked a connection may do nothing a viewer may not. */
const NO_GRANT: Grant = { role: 'viewer', linkId: null, expiresAt: null }

/** First byte of an awareness message (`varUint` 1). */
const AWARENESS_MESSAGE = 1
/**
 * Echoes a client may send beyond the presence messages it was sent (stock clients send one
 * per message received), and the most it may save up while quiet.
 */
const ECHO_SLACK = 100
const MAX_ECHO_ALLOWANCE = 1000

/** The byte limit of a WebSocket close reason (RFC 6455: 125 bytes minus the code). */
const MAX_REASON_BYTES = 123

/**
 * One client's WebSocket, as the sync layer sees it: binary messages in, `send` out, a close
 * with a code and reason, and liveness for the keep-alive sweep. Messages that arrive before a
 * handler is set (while the board loads) are held and delivered in order once it is.
 */
export class Connection {
  /** Short id for logs. */
  readonly id = nextId++
  /** True once the server refused something from this client; its queued messages are void. */
  rejected = false
  /**
   * Who this client says it is across reconnects (its browser's participant id). Not a proof of
   * identity: whoever holds the share link can claim any id; what it protects is one
   * participant's writes from another's honest client, and a vote's per-person limit.
   */
  readonly participantId: ParticipantId
  /** What this client's token allows; set once, when the token has been checked. */
  grant: Grant = NO_GRANT
  /**
   * Bytes of this client's messages waiting to be handled: held here until the board has
   * loaded, then in the room's queue (the room takes and gives back its share).
   */
  readonly queued: ByteBudget
  private alive = true
  private closing = false
  private handler: ((data: Uint8Array) => void) | null = null
  private held: Uint8Array[] = []
  private readonly closeHandlers: (() => void)[] = []
  private closed = false
  /** Rate limits; `null` when none are configured. */
  private readonly buckets: { messages: TokenBucket; awareness: TokenBucket } | null
  private echoAllowance = ECHO_SLACK

  constructor(
    private readonly ws: WebSocket,
    private readonly options: ConnectionOptions,
  ) {
    // An exact-size ArrayBuffer per message: a Node Buffer may be a view into a larger pooled
    // chunk, which Yjs would then keep alive through the content it references.
    ws.binaryType = 'arraybuffer'
    this.participantId = isParticipantId(options.participantId)
      ? options.participantId
      : createParticipantId()
    this.queued = new ByteBudget(options.maxQueuedBytes ?? Infinity)
    const rates = options.rates
    this.buckets = rates
      ? {
          messages: new TokenBucket(rates.messagesPerSecond, 2 * rates.messagesPerSecond),
          awareness: new TokenBucket(rates.awarenessPerSecond, 2 * rates.awarenessPerSecond),
        }
      : null
    ws.on('message', (data, isBinary) => this.receive(data, isBinary))
    ws.on('pong', () => {
      this.alive = true
    })
    ws.on('error', (err: Error & { code?: string }) => {
      // ws closes the socket itself after an error (1009 for an oversize message, 1002 for a
      // broken frame); without this listener the error would crash the process.
      const reason =
        err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH'
          ? 'message over the size limit'
          : err.message
      options.logger.warn('connection closed: ' + reason, this.logFields({ code: err.code }))
    })
    ws.on('close', () => {
      if (this.closed) return
      this.closed = true
      for (const data of this.held) this.queued.give(data.length)
      this.held = []
      for (const handler of this.closeHandlers) handler()
    })
  }

  /** Whether the socket can still send. */
  get isOpen(): boolean {
    return this.ws.readyState === this.ws.OPEN && !this.closing
  }

  /** Sets the message handler and delivers any messages held until now. */
  onMessage(handler: (data: Uint8Array) => void): void {
    this.handler = handler
    const held = this.held
    this.held = []
    for (const data of held) {
      this.queued.give(data.length)
      this.deliver(data)
    }
  }

  /** Runs `handler` once when the socket has closed, for whatever reason. */
  onClose(handler: () => void): void {
    if (this.closed) handler()
    else this.closeHandlers.push(handler)
  }

  /** Sends one binary message; a client too slow to drain its backlog is disconnected. */
  send(data: Uint8Array): void {
    if (!this.isOpen) return
    if (this.ws.bufferedAmount > this.options.maxBufferedBytes) {
      this.options.logger.warn('connection closed: client too slow', this.logFields())
      this.close(CloseCode.PolicyViolation, 'client too slow to receive updates')
      return
    }
    this.ws.send(data)
  }

  /** Closes with a code and reason (trimmed to the protocol's limit); later calls are ignored. */
  close(code: number, reason: string): void {
    if (this.closing || this.closed) return
    this.closing = true
    try {
      this.ws.close(code, trimReason(reason))
    } catch {
      this.ws.terminate()
    }
  }

  /** Refuses this client's input: logs why, voids its queued messages and closes it. */
  reject(code: number, reason: string): void {
    if (this.rejected && this.closing) return
    this.rejected = true
    this.options.logger.warn(`connection rejected: ${reason}`, this.logFields({ code }))
    this.close(code, reason)
  }

  /** Drops the socket without a close handshake (dead peer, or shutdown taking too long). */
  terminate(): void {
    this.ws.terminate()
  }

  /**
   * One keep-alive round: a peer that did not answer the previous ping is dead and dropped;
   * otherwise it is pinged again.
   */
  heartbeat(): void {
    if (this.closed) return
    if (!this.alive) {
      this.options.logger.info('connection dropped: no pong', this.logFields())
      this.terminate()
      return
    }
    this.alive = false
    try {
      this.ws.ping()
    } catch {
      this.terminate()
    }
  }

  /**
   * Counts one awareness message against the connection's limits; over them, the connection
   * is closed with 4429 and `false` returned (the message must then be ignored).
   *
   * A stock y-websocket client sends every presence change it receives straight back (its
   * awareness `update` handler does not look at the origin), so in a room of n people each
   * client sends n − 1 such echoes per change of the others. Counted as messages they would
   * get everyone in a busy room closed. So an `echo` (a message that changes nothing, see
   * `RoomAwareness.isEcho`) is counted instead against the presence messages this connection
   * was sent ({@link Connection.allowEcho}), and a real update against both rates.
   */
  takeAwareness(echo: boolean): boolean {
    if (!this.buckets) return true
    const within = echo
      ? this.echoAllowance-- > 0
      : this.buckets.messages.take() && this.buckets.awareness.take()
    if (within) return true
    this.reject(CloseCode.RateLimited, 'rate_limited')
    return false
  }

  /** The room sent this connection a presence message, which its client may echo once. */
  allowEcho(): void {
    if (this.echoAllowance < MAX_ECHO_ALLOWANCE) this.echoAllowance++
  }

  /** Fields identifying this connection in log lines. */
  logFields(extra: Record<string, string | number | undefined> = {}) {
    const role = this.grant === NO_GRANT ? undefined : this.grant.role
    return { board: this.options.boardId, conn: this.id, role, ...extra }
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.rejected || this.closed) return
    if (!isBinary) {
      this.reject(CloseCode.UnsupportedData, 'text messages are not supported')
      return
    }
    const bytes = new Uint8Array(data as ArrayBuffer)
    // Awareness messages are counted once decoded (see takeAwareness); all others here.
    if (this.buckets && bytes[0] !== AWARENESS_MESSAGE && !this.buckets.messages.take()) {
      this.reject(CloseCode.RateLimited, 'rate_limited')
      return
    }
    if (this.handler) this.deliver(bytes)
    else if (this.queued.take(bytes.length)) this.held.push(bytes)
    else this.reject(CloseCode.QueueFull, 'queue_full')
  }

  private deliver(bytes: Uint8Array): void {
    if (this.rejected || this.closed || !this.handler) return
    try {
      this.handler(bytes)
    } catch (err) {
      // Thrown from inside ws's 'message' emit, an error would be uncaught and end the process.
      this.options.logger.error('message handler failed', this.logFields({ error: String(err) }))
      this.reject(CloseCode.InternalError, 'internal error')
    }
  }
}

function trimReason(reason: string): string {
  const bytes = Buffer.from(reason, 'utf8')
  if (bytes.length <= MAX_REASON_BYTES) return reason
  // Cut on a character boundary: decoding a partial sequence would yield U+FFFD (3 bytes).
  let cut = reason.slice(0, MAX_REASON_BYTES)
  while (Buffer.byteLength(cut, 'utf8') > MAX_REASON_BYTES) cut = cut.slice(0, -1)
  return cut
}
