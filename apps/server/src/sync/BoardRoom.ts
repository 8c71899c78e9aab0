import * as Y from 'yjs'
import {
  type MigrationOutcome,
  migrateBoard,
  pruneDangling,
  readMeta,
  validateBoardTitle,
} from '@samkart/model'
import type { Logger } from '../log'
import type { Storage, StoredBoard } from '../storage/Storage'
import { CloseCode } from './CloseCode'
import type { Connection } from './Connection'
import { decodeMessage, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './protocol'
import { RoomAwareness } from './RoomAwareness'
import { UpdateGuard } from './UpdateGuard'

/** What a room needs from the server. */
export interface BoardRoomOptions {
  storage: Storage
  logger: Logger
  /** Fold the update log into a snapshot after this many appended updates. */
  compactEvery: number
  /** Brings a loaded board to the current schema; `migrateBoard` unless a test swaps it. */
  migrate?: (doc: Y.Doc) => MigrationOutcome
}

/** Origin of the server's own writes (tidying up after concurrent deletes). */
const SERVER_ORIGIN = 'samkart:server'

type RoomState = 'open' | 'closing' | 'closed'

/**
 * One loaded board: its `Y.Doc`, the connected clients and their awareness, wired to storage.
 *
 * Every message that reads or writes the document runs through one promise queue per room, in
 * arrival order. An update is applied and judged by the {@link UpdateGuard}, appended to
 * storage and only then broadcast; a sync step 1 is answered only after everything before it
 * is stored. So no client ever sees state that a crash could lose, even with an async store.
 * A refused update leaves the document unusable (CRDTs cannot undo), so the room reloads it
 * from storage, which holds exactly the accepted updates; other clients notice nothing.
 * Awareness (cursors, selections) is ephemeral and bypasses the queue.
 */
export class BoardRoom {
  private readonly conns = new Set<Connection>()
  private readonly presence: RoomAwareness
  private tail: Promise<void> = Promise.resolve()
  /** Updates the live doc emitted during the current apply. */
  private produced: Uint8Array[] = []
  private state: RoomState = 'open'
  private failed = false
  private readonly guard: UpdateGuard
  private readonly collect = (update: Uint8Array) => this.produced.push(update)

  private constructor(
    readonly id: string,
    private currentDoc: Y.Doc,
    private title: string,
    private sinceCompaction: number,
    private readonly options: BoardRoomOptions,
  ) {
    currentDoc.on('update', this.collect)
    this.guard = new UpdateGuard(currentDoc)
    this.presence = new RoomAwareness(id, () => this.conns)
  }

  /** The board's live document. */
  get doc(): Y.Doc {
    return this.currentDoc
  }

  /**
   * Loads a board from storage: snapshot and logged updates merged and applied once, then
   * migrated to the current schema (a migration is saved at once, by compacting). Resolves to
   * `undefined` if the board does not exist.
   */
  static async load(id: string, options: BoardRoomOptions): Promise<BoardRoom | undefined> {
    const stored = await options.storage.loadBoard(id)
    if (!stored) return undefined
    const doc = docFromStorage(stored)
    let migrated = false
    const noteMigration = () => (migrated = true)
    doc.on('update', noteMigration)
    const outcome = (options.migrate ?? migrateBoard)(doc)
    doc.off('update', noteMigration)
    if (outcome.status === 'migrated')
      options.logger.info('board migrated', { board: id, from: outcome.from, to: outcome.to })
    else if (outcome.status !== 'current')
      options.logger.warn(`board schema is ${outcome.status}`, { board: id })

    const room = new BoardRoom(id, doc, stored.board.title, stored.updates.length, options)
    // A migration is saved at once, as a snapshot, so it never runs twice.
    if (migrated || stored.updates.length >= options.compactEvery) await room.compact()
    return room
  }

  /** Number of connected clients. */
  get connectionCount(): number {
    return this.conns.size
  }

  /**
   * Adds a client: greets it with sync step 1 and the current awareness, then handles its
   * messages. Returns `false` if the room is unloading (the caller loads it afresh).
   */
  join(conn: Connection): boolean {
    if (this.state !== 'open') return false
    this.conns.add(conn)
    this.presence.join(conn)
    conn.onClose(() => this.leave(conn))
    this.enqueue(conn, () => {
      conn.send(encodeSyncStep1(this.currentDoc))
      this.presence.greet(conn)
    })
    conn.onMessage((data) => this.receive(conn, data))
    return true
  }

  /**
   * Stops the room: closes remaining clients (shutdown), lets queued work finish, compacts if
   * anything was appended since the last snapshot, and frees the document.
   */
  async unload(): Promise<void> {
    if (this.state !== 'open') return
    this.state = 'closing'
    for (const conn of this.conns) conn.close(CloseCode.GoingAway, 'server shutting down')
    await this.drain()
    if (!this.failed && this.sinceCompaction > 0) {
      try {
        await this.compact()
      } catch (err) {
        // The log still holds every update; the next load merges it.
        this.options.logger.error('compaction on unload failed', this.fields(err))
      }
    }
    this.state = 'closed'
    this.presence.destroy()
    this.currentDoc.destroy()
  }

  /** Called when the room can no longer serve; the registry forgets it. */
  onFailed: (() => void) | null = null

  private receive(conn: Connection, data: Uint8Array): void {
    if (this.state === 'closed' || this.failed) return
    const decoded = decodeMessage(data)
    if (!decoded.ok) {
      conn.reject(CloseCode.BadMessage, decoded.reason)
      return
    }
    const message = decoded.message
    switch (message.type) {
      case 'sync-step1':
        this.enqueue(conn, () => conn.send(encodeSyncStep2(this.currentDoc, message.stateVector)))
        return
      case 'sync-step2':
      case 'sync-update':
        this.enqueue(conn, () => this.applyClientUpdate(conn, message.update))
        return
      case 'awareness':
        this.presence.apply(conn, message.update)
        return
      case 'query-awareness':
        this.presence.answer(conn)
        return
      default: {
        const unreachable: never = message
        throw new Error(`unhandled message ${JSON.stringify(unreachable)}`)
      }
    }
  }

  private async applyClientUpdate(conn: Connection, update: Uint8Array): Promise<void> {
    this.produced = []
    const verdict = this.guard.apply(this.currentDoc, update, conn)
    const produced = this.produced
    this.produced = []
    if (!verdict.ok) {
      const code = verdict.code === 'undecodable' ? CloseCode.BadMessage : CloseCode.RejectedUpdate
      conn.reject(code, verdict.reason)
      await this.reload()
      return
    }
    if (produced.length === 0) return // nothing new (a resent update)
    if (!(await this.storeAndRelay(produced))) return
    if (verdict.structural) await this.tidyDangling()
    await this.afterChange(verdict.metaChanged)
  }

  /**
   * Stores updates the live doc produced and only then (on disk: now other clients may see it)
   * relays them to every client; the sender too, as with the stock server: the merged update
   * may carry others' edits that it just unblocked. `false` if storage failed and the room
   * stopped.
   */
  private async storeAndRelay(produced: Uint8Array[]): Promise<boolean> {
    const merged = produced.length === 1 ? produced[0]! : Y.mergeUpdates(produced)
    try {
      await this.options.storage.appendUpdate(this.id, merged)
    } catch (err) {
      this.fail('saving an update failed', err)
      return false
    }
    this.sinceCompaction++
    const message = encodeUpdate(merged)
    for (const peer of this.conns) peer.send(message)
    return true
  }

  /**
   * After an update that added or removed entities: one person may have deleted an actor (or a
   * phase) while another drew a relation to it (or added a touchpoint to it). The CRDT keeps
   * both; the model's `pruneDangling` lets the delete win, here once for everyone, stored and
   * relayed like any update. It scans every reference, so it runs only after such updates.
   */
  private async tidyDangling(): Promise<void> {
    this.produced = []
    const removed = pruneDangling(this.currentDoc, { origin: SERVER_ORIGIN })
    const produced = this.produced
    this.produced = []
    if (removed === 0 || produced.length === 0) return
    this.options.logger.info('removed dangling entities', { board: this.id, removed })
    await this.storeAndRelay(produced)
  }

  /** Keeps the board list's title current and compacts when the log is long. */
  private async afterChange(metaChanged: boolean): Promise<void> {
    try {
      const title = metaChanged ? readMeta(this.currentDoc).title : this.title
      if (title !== this.title && validateBoardTitle(title) === null) {
        await this.options.storage.setTitle(this.id, title)
        this.title = title
      }
      if (this.sinceCompaction >= this.options.compactEvery) await this.compact()
    } catch (err) {
      // Both are bookkeeping: the update itself is stored. Retried after the next update.
      this.options.logger.error('board bookkeeping failed', this.fields(err))
    }
  }

  /** Replaces the live doc, which holds a refused update, with the stored state. */
  private async reload(): Promise<void> {
    let stored: StoredBoard | undefined
    try {
      stored = await this.options.storage.loadBoard(this.id)
    } catch (err) {
      return this.fail('reloading after a refused update failed', err)
    }
    if (!stored) return this.fail('the board is gone from storage', undefined)
    const doc = docFromStorage(stored)
    this.currentDoc.off('update', this.collect)
    this.currentDoc.destroy()
    this.currentDoc = doc
    doc.on('update', this.collect)
    this.guard.reset(doc)
    this.sinceCompaction = stored.updates.length
  }

  private async compact(): Promise<void> {
    await this.options.storage.compact(this.id, Y.encodeStateAsUpdate(this.currentDoc))
    this.sinceCompaction = 0
  }

  private leave(conn: Connection): void {
    if (!this.conns.delete(conn)) return
    if (this.state !== 'closed') this.presence.leave(conn)
  }

  /** Runs `task` after everything queued before it, unless `conn` was refused meanwhile. */
  private enqueue(conn: Connection, task: () => void | Promise<void>): void {
    this.tail = this.tail.then(async () => {
      if (conn.rejected || this.failed || this.state === 'closed') return
      try {
        await task()
      } catch (err) {
        // A bug in handling one message must not take the board down for everyone.
        this.options.logger.error('message handling failed', { ...this.fields(err), conn: conn.id })
        conn.reject(CloseCode.InternalError, 'internal error')
      }
    })
  }

  private async drain(): Promise<void> {
    let tail: Promise<void>
    do {
      tail = this.tail
      await tail
    } while (tail !== this.tail)
  }

  private fail(what: string, err: unknown): void {
    if (this.failed) return
    this.failed = true
    this.options.logger.error(`board stopped: ${what}`, this.fields(err))
    for (const conn of this.conns)
      conn.close(CloseCode.InternalError, 'board could not be saved; reconnecting reloads it')
    this.onFailed?.()
  }

  private fields(err?: unknown) {
    return {
      board: this.id,
      error: err === undefined ? undefined : err instanceof Error ? err.message : String(err),
    }
  }
}

/** Builds a document from a stored board: snapshot and log merged and applied in one go. */
function docFromStorage(stored: StoredBoard): Y.Doc {
  const parts = [stored.snapshot, ...stored.updates].filter((p): p is Uint8Array => p !== null)
  const doc = new Y.Doc()
  if (parts.length > 0) Y.applyUpdate(doc, parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts))
  return doc
}
