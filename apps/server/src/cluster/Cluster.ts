import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import type { Logger } from '../log'
import {
  type BoardMessage,
  CONTROL_CHANNEL,
  type ClusterMessage,
  type ControlMessage,
  boardChannel,
  decodeClusterMessage,
  encodeClusterMessage,
} from './ClusterMessage'

/** Distributive `Omit`, so each member of a union keeps its own fields. */
export type WithoutFrom<T> = T extends unknown ? Omit<T, 'from'> : never

/**
 * This instance's link to the others: Redis pub/sub, one channel per loaded board plus one
 * control channel. Two connections, as Redis requires (a subscribed connection can only
 * subscribe): one publishes and counts, one listens.
 *
 * Pub/sub delivers at most once and only to instances listening at that moment. That is
 * enough because nothing is relayed that is not already in PostgreSQL: an instance that
 * subscribed late, or lost messages while Redis reconnected, catches up by reading the
 * board from PostgreSQL (`onReconnect`, and a room whose document finds a gap).
 */
export class Cluster {
  /** This instance's id, in every message it sends. */
  readonly instanceId = randomUUID()
  private readonly boards = new Map<string, (message: BoardMessage) => void>()
  /** Told of every control message from another instance. */
  onControl: (message: ControlMessage) => void = () => undefined
  /** Told when the listening connection is back after a drop: messages may have been lost. */
  onReconnect: () => void = () => undefined

  private constructor(
    readonly pub: Redis,
    private readonly sub: Redis,
    private readonly logger: Logger,
  ) {
    let dropped = false
    sub.on('close', () => (dropped = true))
    sub.on('ready', () => {
      if (!dropped) return
      dropped = false
      logger.warn('redis connection restored; catching up loaded boards from the database')
      this.onReconnect()
    })
    sub.on('message', (channel: string, raw: string) => this.receive(channel, raw))
  }

  /** Connects to Redis at `url` and listens on the control channel. */
  static async connect(url: string, logger: Logger): Promise<Cluster> {
    const options = { lazyConnect: true, maxRetriesPerRequest: 3 }
    const pub = new Redis(url, options)
    const sub = new Redis(url, options)
    const reportError = (err: Error) => logger.warn('redis error', { error: err.message })
    pub.on('error', reportError)
    sub.on('error', reportError)
    try {
      await Promise.all([pub.connect(), sub.connect()])
      await sub.subscribe(CONTROL_CHANNEL)
    } catch (err) {
      pub.disconnect()
      sub.disconnect()
      throw new Error(`could not connect to Redis: ${err instanceof Error ? err.message : err}`)
    }
    return new Cluster(pub, sub, logger)
  }

  /** Sends a message to every other instance (fire and forget: a lost one is caught up). */
  publish(message: WithoutFrom<ClusterMessage>): void {
    const full = { ...message, from: this.instanceId } as ClusterMessage
    const channel =
      full.type === 'update' || full.type === 'awareness' || full.type === 'awareness-query'
        ? boardChannel(full.board)
        : CONTROL_CHANNEL
    this.pub.publish(channel, encodeClusterMessage(full)).catch((err: unknown) =>
      this.logger.warn('publishing to redis failed', {
        type: full.type,
        error: err instanceof Error ? err.message : String(err),
      }),
    )
  }

  /**
   * Listens to a board's channel; resolves once Redis confirmed the subscription, so that
   * whatever is read from the database afterwards plus what arrives here misses nothing.
   */
  async joinBoard(boardId: string, handler: (message: BoardMessage) => void): Promise<void> {
    this.boards.set(boardId, handler)
    await this.sub.subscribe(boardChannel(boardId))
  }

  /** Stops listening to a board's channel. */
  async leaveBoard(boardId: string): Promise<void> {
    this.boards.delete(boardId)
    await this.sub.unsubscribe(boardChannel(boardId)).catch(() => undefined)
  }

  async close(): Promise<void> {
    this.boards.clear()
    await Promise.allSettled([this.pub.quit(), this.sub.quit()])
  }

  private receive(channel: string, raw: string): void {
    const message = decodeClusterMessage(raw)
    if (!message) {
      this.logger.warn('malformed message from redis ignored', { channel })
      return
    }
    if (message.from === this.instanceId) return
    switch (message.type) {
      case 'update':
      case 'awareness':
      case 'awareness-query':
        this.boards.get(message.board)?.(message)
        return
      case 'board-deleted':
      case 'link-revoked':
        this.onControl(message)
        return
      default: {
        const unreachable: never = message
        throw new Error(`unhandled cluster message ${JSON.stringify(unreachable)}`)
      }
    }
  }
}
