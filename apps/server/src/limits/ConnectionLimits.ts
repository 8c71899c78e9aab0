/** Anything that reports once when it has closed: a connection, as the limits see it. */
export interface Closable {
  onClose(handler: () => void): void
}

/** Connections to a board on the other instances sharing the database. */
export interface OtherInstances {
  /** As last heard; no waiting. */
  count(boardId: string): number
  /** Asks now (never rejects). */
  refresh(boardId: string): Promise<void>
}

const ALONE: OtherInstances = { count: () => 0, refresh: async () => undefined }

/** The connection caps; see the README's configuration table. */
export interface ConnectionCaps {
  /** Open WebSocket connections in the whole server. */
  maxConnections: number
  /** Open WebSocket connections to one board. */
  maxConnectionsPerBoard: number
}

/**
 * Counts open connections, in total and per board, and refuses the one over a cap. A
 * connection is counted from the moment it is admitted until it has closed, so a burst of
 * simultaneous connects cannot slip past a cap while earlier ones are still being set up.
 */
export class ConnectionLimits {
  private total = 0
  private readonly perBoard = new Map<string, number>()

  /**
   * @param others connections to a board on other instances (`ClusterCounts`), counted
   *   against its cap too; none when this instance is alone
   */
  constructor(
    private readonly caps: ConnectionCaps,
    private readonly others: OtherInstances = ALONE,
  ) {}

  /**
   * Before {@link admitToBoard}: for the first connection of a board on this instance, asks
   * how many the other instances have (later ones use the counts shared periodically).
   */
  async prepareBoard(boardId: string): Promise<void> {
    if (!this.perBoard.has(boardId)) await this.others.refresh(boardId)
  }

  /** Open connections per board on this instance. */
  get boardCounts(): ReadonlyMap<string, number> {
    return this.perBoard
  }

  /** Open connections counted against the server cap. */
  get openConnections(): number {
    return this.total
  }

  /** Counts `conn` against the server cap; `false` (and not counted) if the server is full. */
  admitToServer(conn: Closable): boolean {
    if (this.total >= this.caps.maxConnections) return false
    this.total++
    conn.onClose(() => this.total--)
    return true
  }

  /** Counts `conn` against the cap of `boardId`; `false` (and not counted) if the board is full. */
  admitToBoard(conn: Closable, boardId: string): boolean {
    const count = this.perBoard.get(boardId) ?? 0
    if (count + this.others.count(boardId) >= this.caps.maxConnectionsPerBoard) return false
    this.perBoard.set(boardId, count + 1)
    conn.onClose(() => {
      const left = (this.perBoard.get(boardId) ?? 1) - 1
      if (left > 0) this.perBoard.set(boardId, left)
      else this.perBoard.delete(boardId)
    })
    return true
  }
}
