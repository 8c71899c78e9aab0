import { isValidId } from '@samkart/model'
import type { Logger } from '../log'
import type { Storage } from '../storage/Storage'
import { BoardRoom, type BoardRoomOptions, RoomClosedError } from './BoardRoom'
import { CloseCode } from './CloseCode'
import type { Connection } from './Connection'
import type { Cluster } from '../cluster/Cluster'
import type { BoardMessage } from '../cluster/ClusterMessage'
import { DroppedWrites } from './DroppedWrites'

/** What the registry needs. */
export interface BoardRoomsOptions {
  storage: Storage
  logger: Logger
  compactEvery: number
  /** How long an empty board stays loaded, so a page reload does not reload it from disk. */
  unloadGraceMs: number
  migrate?: BoardRoomOptions['migrate']
  maxEntities?: number
  maxQueuedBytes?: number
  onChanged?: BoardRoomOptions['onChanged']
  /** Told when the last client of a loaded board has left (before the grace period). */
  onIdle?: (room: BoardRoom) => void
  /** The other instances serving the same database; absent when this instance is alone. */
  cluster?: Cluster
}

interface Entry {
  promise: Promise<BoardRoom | undefined>
  room?: BoardRoom
}

/**
 * The loaded boards, by id. Loads a board when its first client connects (concurrent clients
 * share one load), unloads it a grace period after its last client left (compacting it), and
 * makes a client that arrives while its board is unloading wait for that to finish and load it
 * afresh, so two rooms never serve one board.
 */
export class BoardRooms {
  private readonly entries = new Map<string, Entry>()
  private readonly unloading = new Map<string, Promise<void>>()
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private readonly connections = new Set<Connection>()
  /** Writes dropped per board, on this instance or (with Redis) on all. */
  private readonly dropped: DroppedWrites
  private readonly roomOptions: BoardRoomOptions
  private closing = false

  constructor(private readonly options: BoardRoomsOptions) {
    const cluster = options.cluster
    this.dropped = new DroppedWrites(cluster, options.logger)
    this.roomOptions = {
      ...options,
      onDroppedWrite: (id) => this.dropped.add(id),
      publish: cluster && ((message) => cluster.publish(message)),
    }
  }

  /**
   * Another instance deleted a board: its clients here are closed with `CloseCode.BoardNotFound` (`board_deleted`)
   * and its room stops without saving (the rows are gone already).
   */
  async deletedElsewhere(boardId: string): Promise<void> {
    await this.deleteBoard(boardId, async () => false)
  }

  /** After messages from other instances may have been lost: every loaded board catches up. */
  async catchUpAll(): Promise<void> {
    await Promise.all(
      [...this.entries.values()].map(async (entry) =>
        (await entry.promise.catch(() => undefined))?.catchUp(),
      ),
    )
  }

  /** How many writes the server dropped on a board (see {@link DroppedWrites}). */
  droppedWrites(boardId: string): Promise<number> {
    return this.dropped.count(boardId)
  }

  /**
   * Runs `task` on board `boardId`'s room, loading the board if no one has it open (it unloads
   * again after the grace period). Resolves to `{ found: false }` if there is no such board.
   */
  async withRoom<T>(
    boardId: string,
    task: (room: BoardRoom) => Promise<T>,
  ): Promise<{ found: false } | { found: true; value: T }> {
    // A room that is unloading refuses tasks; loading again waits for the unload.
    for (let attempt = 0; attempt < 5; attempt++) {
      if (this.closing) throw new Error('server shutting down')
      const room = await this.open(boardId)
      if (!room) return { found: false }
      this.cancelUnload(boardId)
      try {
        return { found: true, value: await task(room) }
      } catch (err) {
        if (!(err instanceof RoomClosedError)) throw err
      } finally {
        this.scheduleUnload(room)
      }
    }
    throw new Error('board is busy; try again')
  }

  /**
   * Deletes a board: closes its clients with `CloseCode.BoardNotFound` (`board_deleted`), stops its room without
   * saving, then runs `remove` (which deletes the stored board) and forgets its count. A client
   * connecting meanwhile waits for this and then finds no board. Resolves to what `remove` did.
   */
  async deleteBoard(boardId: string, remove: () => Promise<boolean>): Promise<boolean> {
    this.cancelUnload(boardId)
    const entry = this.entries.get(boardId)
    this.entries.delete(boardId)
    const previous = this.unloading.get(boardId)
    const done = (async () => {
      await previous
      const room = await entry?.promise.catch(() => undefined)
      await room?.discard(CloseCode.BoardNotFound, 'board_deleted')
      if (room) await this.options.cluster?.leaveBoard(boardId)
      this.dropped.forget(boardId)
      const removed = await remove()
      if (removed) this.options.cluster?.publish({ type: 'board-deleted', board: boardId })
      return removed
    })()
    const settled = done.then(
      () => undefined,
      () => undefined,
    )
    this.unloading.set(boardId, settled)
    void settled.finally(() => {
      if (this.unloading.get(boardId) === settled) this.unloading.delete(boardId)
    })
    return done
  }

  /** Ids of the boards now in memory. */
  loadedIds(): string[] {
    return [...this.entries.entries()].filter(([, e]) => e.room).map(([id]) => id)
  }

  /** How many clients are connected to each board now in memory (for the admin overview). */
  participantCounts(): Map<string, number> {
    const counts = new Map<string, number>()
    for (const [id, entry] of this.entries)
      if (entry.room) counts.set(id, entry.room.connectionCount)
    return counts
  }

  /** Every open connection, for the keep-alive sweep. */
  allConnections(): Iterable<Connection> {
    return this.connections
  }

  /**
   * Attaches a new client to the board `boardId`; closes it with `CloseCode.BoardNotFound` if there is no such
   * board (or the id could not be one), with 1011 if the board fails to load.
   */
  async connect(conn: Connection, boardId: string): Promise<void> {
    this.connections.add(conn)
    conn.onClose(() => this.connections.delete(conn))
    const log = this.options.logger
    if (this.closing) return conn.close(CloseCode.GoingAway, 'server shutting down')
    if (!isValidId(boardId)) {
      log.info('connection refused: invalid board id', conn.logFields())
      return conn.close(CloseCode.BoardNotFound, 'invalid board id')
    }
    // A room that is unloading refuses to join; loading again waits for the unload.
    for (let attempt = 0; attempt < 5; attempt++) {
      let room: BoardRoom | undefined
      try {
        room = await this.open(boardId)
      } catch (err) {
        log.error('board failed to load', conn.logFields({ error: String(err) }))
        return conn.close(CloseCode.InternalError, 'board could not be loaded')
      }
      if (!room) {
        log.info('connection refused: no such board', conn.logFields())
        return conn.close(CloseCode.BoardNotFound, 'board not found')
      }
      if (this.closing) return conn.close(CloseCode.GoingAway, 'server shutting down')
      if (!conn.isOpen) return this.scheduleUnload(room) // left while the board loaded
      const joined = room
      if (joined.join(conn)) {
        this.cancelUnload(boardId)
        conn.onClose(() => {
          if (joined.connectionCount === 0 && joined.isOpen) this.options.onIdle?.(joined)
          this.scheduleUnload(joined)
        })
        log.debug('client joined', conn.logFields({ clients: joined.connectionCount }))
        return
      }
    }
    conn.close(CloseCode.InternalError, 'board is busy; try again')
  }

  /** Shutdown: closes every client, finishes and compacts every board, waits for sockets. */
  async closeAll(): Promise<void> {
    this.closing = true
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
    const rooms = await Promise.all(
      [...this.entries.values()].map((e) => e.promise.catch(() => undefined)),
    )
    this.entries.clear()
    for (const conn of this.connections) conn.close(CloseCode.GoingAway, 'server shutting down')
    await Promise.all(rooms.map((room) => room && this.unloadRoom(room)))
    await Promise.all(this.unloading.values())
  }

  private open(id: string): Promise<BoardRoom | undefined> {
    const existing = this.entries.get(id)
    if (existing) return existing.promise
    const entry: Entry = { promise: this.load(id) }
    this.entries.set(id, entry)
    entry.promise.then(
      (room) => {
        if (this.entries.get(id) !== entry) return
        if (room) entry.room = room
        else this.entries.delete(id) // unknown boards are not remembered
      },
      () => {
        if (this.entries.get(id) === entry) this.entries.delete(id) // retry on next connect
      },
    )
    return entry.promise
  }

  private async load(id: string): Promise<BoardRoom | undefined> {
    await this.unloading.get(id)
    const room = await this.loadListening(id)
    if (room) {
      room.onFailed = () => {
        if (this.entries.get(id)?.room === room) this.entries.delete(id)
        void this.unloadRoom(room)
      }
      this.options.logger.debug('board loaded', { board: id })
    }
    return room
  }

  /**
   * Loads a board; with other instances, listens to its channel first, so that every update
   * stored after the read below arrives as a message (those stored before it are in the read;
   * one in both applies once). Messages that arrive while the board loads wait for the room.
   */
  private async loadListening(id: string): Promise<BoardRoom | undefined> {
    const cluster = this.options.cluster
    if (!cluster) return BoardRoom.load(id, this.roomOptions)
    const early: BoardMessage[] = []
    let room: BoardRoom | undefined
    await cluster.joinBoard(id, (message) =>
      room ? room.receiveRemote(message) : early.push(message),
    )
    try {
      room = await BoardRoom.load(id, this.roomOptions)
    } catch (err) {
      await cluster.leaveBoard(id)
      throw err
    }
    if (!room) {
      await cluster.leaveBoard(id)
      return undefined
    }
    for (const message of early) room.receiveRemote(message)
    // Presence is not stored: the instances already serving the board send theirs.
    cluster.publish({ type: 'awareness-query', board: id })
    return room
  }

  private scheduleUnload(room: BoardRoom): void {
    if (room.connectionCount > 0 || this.closing || this.timers.has(room.id)) return
    const timer = setTimeout(() => {
      this.timers.delete(room.id)
      if (room.connectionCount > 0) return
      if (this.entries.get(room.id)?.room === room) this.entries.delete(room.id)
      void this.unloadRoom(room)
    }, this.options.unloadGraceMs)
    this.timers.set(room.id, timer)
  }

  private cancelUnload(id: string): void {
    const timer = this.timers.get(id)
    if (timer === undefined) return
    clearTimeout(timer)
    this.timers.delete(id)
  }

  private unloadRoom(room: BoardRoom): Promise<void> {
    const id = room.id
    const done: Promise<void> = Promise.all([this.unloading.get(id), room.unload()])
      .then(() => this.options.cluster?.leaveBoard(id))
      .then(() => this.options.logger.debug('board unloaded', { board: id }))
      .catch((err: unknown) =>
        this.options.logger.error('board unload failed', { board: id, error: String(err) }),
      )
      .finally(() => {
        if (this.unloading.get(id) === done) this.unloading.delete(id)
      })
    this.unloading.set(id, done)
    return done
  }
}
