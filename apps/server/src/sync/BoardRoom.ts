import * as Y from 'yjs'
import {
  type MigrationOutcome,
  type Result,
  migrateBoard,
  pruneDangling,
  readMeta,
  validateBoardTitle,
} from '@samkart/model'
import type { Logger } from '../log'
import type { Storage, StoredBoard } from '../storage/Storage'
import { CloseCode } from './CloseCode'
import type { Connection } from './Connection'
import { addsStructs } from './addsStructs'
import { writeAccess } from './writeAccess'
import { docFromStorage } from './docFromStorage'
import { decodeMessage, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './protocol'
import { RoomAwareness } from './RoomAwareness'
import { RoomQueue } from './RoomQueue'
import { applyRemoteUpdate, applyStoredBoard } from './remoteUpdates'
import { UpdateGuard } from './UpdateGuard'
import type { WithoutFrom } from '../cluster/Cluster'
import type { BoardMessage } from '../cluster/ClusterMessage'

/** What a room needs from the server. */
export interface BoardRoomOptions {
  storage: Storage
  logger: Logger
  /** Fold the update log into a snapshot after this many appended updates. */
  compactEvery: number
  /** Brings a loaded board to the current schema; `migrateBoard` unless a test swaps it. */
  migrate?: (doc: Y.Doc) => MigrationOutcome
  /** Told of each write a viewer attempted (and the room dropped), for the board's count. */
  onDroppedWrite?: (boardId: string) => void
  /** The most entities of one kind a client's update may leave on the board; no limit if absent. */
  maxEntities?: number
  /**
   * The most bytes of clients' messages waiting in the room's queue at once; the message that
   * would pass it closes its connection with 4513 `queue_full` (the client retries). No cap if
   * absent. Each connection has its own cap too (`Connection.queued`).
   */
  maxQueuedBytes?: number
  /** Told after each change is stored and relayed (in the room's queue), for checkpoints. */
  onChanged?: (room: BoardRoom) => void
  /**
   * Sends a stored update or a presence change to the other instances serving the board
   * (`Cluster.publish`); absent when this instance is alone.
   */
  publish?: (message: WithoutFrom<BoardMessage>) => void
}

/** Thrown by {@link BoardRoom.run} when the room stopped before the task ran. */
export class RoomClosedError extends Error {
  constructor(boardId: string) {
    super(`board ${boardId} is not loaded any more`)
  }
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
  private readonly queue: RoomQueue
  /** Updates the live doc emitted during the current apply. */
  private produced: Uint8Array[] = []
  private state: RoomState = 'open'
  private failed = false
  private readonly guard: UpdateGuard
  private readonly collect = (update: Uint8Array) => this.produced.push(update)
  /** Viewers whose dropped writes were logged at info already. */
  private readonly droppedFrom = new WeakSet<Connection>()

  private constructor(
    readonly id: string,
    private currentDoc: Y.Doc,
    private title: string,
    private sinceCompaction: number,
    private readonly options: BoardRoomOptions,
  ) {
    currentDoc.on('update', this.collect)
    this.guard = new UpdateGuard(currentDoc, options.maxEntities)
    this.queue = new RoomQueue(
      options.maxQueuedBytes ?? Infinity,
      () => this.failed || this.state === 'closed',
      (conn, err) =>
        this.options.logger.error('message handling failed', {
          ...this.fields(err),
          conn: conn.id,
        }),
    )
    const publish = options.publish
    this.presence = new RoomAwareness(
      id,
      () => this.conns,
      publish && ((update) => publish({ type: 'awareness', board: id, update })),
    )
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
    const { doc, migrated } = docFromStorage(
      stored,
      options.migrate ?? migrateBoard,
      options.logger,
    )
    const room = new BoardRoom(id, doc, stored.board.title, stored.updates.length, options)
    // A migration is saved at once, as a snapshot, so it never runs twice.
    if (migrated || stored.updates.length >= options.compactEvery) await room.compact()
    // The board list's title follows the document's, written just after each rename is stored;
    // a crash in between leaves the list behind, so it is put right whenever the board loads.
    await room.afterChange(true)
    return room
  }

  /** Number of connected clients. */
  get connectionCount(): number {
    return this.conns.size
  }

  /** Whether the room still takes clients and tasks (not unloading, deleted or failed). */
  get isOpen(): boolean {
    return this.state === 'open' && !this.failed
  }

  /**
   * Runs a server task on the live document in the room's queue, after every message received
   * before it: `task` sees the document as every client will. Rejects with
   * {@link RoomClosedError} if the room stopped first.
   */
  run<T>(task: (doc: Y.Doc) => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (!this.isOpen) return reject(new RoomClosedError(this.id))
      this.queue.push(async () => {
        if (this.failed || this.state === 'closed') return reject(new RoomClosedError(this.id))
        try {
          resolve(await task(this.currentDoc))
        } catch (err) {
          reject(err)
        }
      })
    })
  }

  /**
   * A change made by the server (renaming the board): `change` runs in the queue on the live
   * document; what it produced is stored, relayed to every client and reflected in the board
   * list, like a client's update. Returns `change`'s result (a refusal changes nothing).
   */
  edit<T>(change: (doc: Y.Doc, origin: unknown) => Result<T>): Promise<Result<T>> {
    return this.run(async (doc) => {
      const [result, produced] = this.capture(() => change(doc, SERVER_ORIGIN))
      if (result.ok && produced.length > 0) {
        if (!(await this.storeAndRelay(produced))) throw new Error('the change could not be saved')
        await this.afterChange(true)
      }
      return result
    })
  }

  /**
   * Stops the room for good because its board is being deleted: closes every client with
   * `code`, lets queued work finish and frees the document, without compacting (the board's
   * rows are about to go).
   */
  async discard(code: number, reason: string): Promise<void> {
    await this.stop(code, reason, false)
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
    this.queue.forConnection(conn, () => {
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
    await this.stop(CloseCode.GoingAway, 'server shutting down', true)
  }

  /** Closes every client, lets queued work finish, compacts if asked, frees the document. */
  private async stop(code: number, reason: string, compact: boolean): Promise<void> {
    if (this.state !== 'open') return
    this.state = 'closing'
    for (const conn of this.conns) conn.close(code, reason)
    await this.queue.drain()
    if (compact && !this.failed && this.sinceCompaction > 0) {
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

  /**
   * A message from another instance serving this board: an update it stored (applied in the
   * queue, relayed to this instance's clients, not stored again) or a presence change.
   */
  receiveRemote(message: BoardMessage): void {
    if (this.state === 'closed' || this.failed) return
    switch (message.type) {
      case 'update':
        this.queue.push(this.whileServing((t) => applyRemoteUpdate(t, message.update)))
        return
      case 'awareness':
        this.presence.applyRemote(message.update)
        return
      case 'awareness-query': {
        const update = this.presence.localStates()
        if (update) this.options.publish?.({ type: 'awareness', board: this.id, update })
        return
      }
      default: {
        const unreachable: never = message
        throw new Error(`unhandled board message ${JSON.stringify(unreachable)}`)
      }
    }
  }

  /**
   * Brings the document up to what the database holds, for when messages from other instances
   * may have been lost (Redis reconnected); what was missing is relayed to this instance's
   * clients.
   */
  catchUp(): Promise<void> {
    return new Promise((resolve) => {
      this.queue.push(() => this.whileServing(applyStoredBoard)().finally(resolve))
    })
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
        this.queue.message(conn, data.length, () =>
          conn.send(encodeSyncStep2(this.currentDoc, message.stateVector)),
        )
        return
      case 'sync-step2':
      case 'sync-update':
        if (writeAccess(conn, this.currentDoc).kind === 'none')
          return this.dropWrite(conn, message.type, message.update)
        this.queue.message(conn, data.length, () =>
          this.applyClientUpdate(conn, message.type, message.update),
        )
        return
      case 'awareness': {
        const echo = this.presence.isEcho(conn, message.entries)
        if (!conn.takeAwareness(echo) || echo) return
        const maySummon = conn.grant.role === 'facilitator'
        const ignored = this.presence.apply(conn, message.update, message.entries, maySummon)
        if (ignored > 0)
          this.options.logger.debug('awareness entries ignored', conn.logFields({ ignored }))
        return
      }
      case 'query-awareness':
        // Answered with every presence state of the room: counted as a presence change, so a
        // client cannot ask for megabytes many times a second (stock clients never ask).
        if (conn.takeAwareness(false)) this.presence.answer(conn)
        return
      default: {
        const unreachable: never = message
        throw new Error(`unhandled message ${JSON.stringify(unreachable)}`)
      }
    }
  }

  /**
   * A write this connection may not make (a viewer's, or one outside its `WriteScope`): stored
   * nowhere, relayed to no one, counted. A viewer's client answers the server's sync step 1
   * with a step 2 on every connect, as any client does; that one counts only if it carries
   * something the board lacks, so a viewer that changed nothing is never counted as a writer.
   */
  private dropWrite(
    conn: Connection,
    type: 'sync-step2' | 'sync-update',
    update: Uint8Array,
    reason = 'viewer',
  ) {
    if (type === 'sync-step2' && reason === 'viewer' && !addsStructs(this.currentDoc, update))
      return
    this.options.onDroppedWrite?.(this.id)
    // Once per connection at info: a viewer's client may try many times a second.
    const level = this.droppedFrom.has(conn) ? 'debug' : 'info'
    this.droppedFrom.add(conn)
    this.options.logger[level]('write dropped', conn.logFields({ type, reason }))
  }

  private async applyClientUpdate(
    conn: Connection,
    type: 'sync-step2' | 'sync-update',
    update: Uint8Array,
  ): Promise<void> {
    // Asked again here: a lock or a permission may have changed while the update waited.
    const access = writeAccess(conn, this.currentDoc)
    if (access.kind === 'none') return this.dropWrite(conn, type, update)
    const scope = access.kind === 'scoped' ? access.scope : undefined
    const [verdict, produced] = this.capture(() =>
      this.guard.apply(this.currentDoc, update, conn, scope),
    )
    if (!verdict.ok && verdict.code === 'forbidden') {
      // Valid but not this writer's to change: dropped and counted as a viewer's write is, the
      // connection kept. The live doc holds it now, so it is replaced from storage.
      this.dropWrite(conn, type, update, verdict.reason)
      await this.reload()
      return
    }
    if (!verdict.ok) {
      const code = verdict.code === 'undecodable' ? CloseCode.BadMessage : CloseCode.RejectedUpdate
      conn.reject(code, verdict.reason)
      await this.reload()
      return
    }
    if (produced.length > 0) {
      if (!(await this.storeAndRelay(produced))) return
      if (verdict.structural) await this.tidyDangling()
      await this.afterChange(verdict.metaChanged)
    }
    // What needed missing structs was dropped (the board never holds pending state). A stock
    // client's later updates build on it, so it must resync: closed with a code it retries,
    // its sync step 2 on reconnecting is computed against the board's state and so carries
    // what was missing. An honest client meets this only in a race (an edit sent before its
    // sync step 2 after being offline); see docs/architecture.md.
    if (verdict.missingDependencies)
      conn.reject(CloseCode.MissingDependencies, 'missing_dependencies')
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
    this.options.publish?.({ type: 'update', board: this.id, update: merged })
    const message = encodeUpdate(merged)
    for (const peer of this.conns) peer.send(message)
    this.options.onChanged?.(this)
    return true
  }

  /**
   * After an update that added or removed entities: one person may have deleted an actor (or a
   * phase) while another drew a relation to it (or added a touchpoint to it). The CRDT keeps
   * both; the model's `pruneDangling` lets the delete win, here once for everyone, stored and
   * relayed like any update. It scans every reference, so it runs only after such updates.
   */
  /** Runs `write` on the live doc and returns its result with the updates it produced. */
  private capture<T>(write: () => T): [T, Uint8Array[]] {
    this.produced = []
    try {
      return [write(), this.produced]
    } finally {
      this.produced = []
    }
  }

  private async tidyDangling(): Promise<void> {
    const [removed, produced] = this.capture(() =>
      pruneDangling(this.currentDoc, { origin: SERVER_ORIGIN }),
    )
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

  private readonly logFailure = (err: unknown) =>
    this.options.logger.error("applying another instance's change failed", this.fields(err))

  /** The room as the cross-instance path (`remoteUpdates`) sees it, while it serves. */
  private remoteTarget() {
    return {
      id: this.id,
      doc: this.currentDoc,
      conns: this.conns,
      storage: this.options.storage,
      logger: this.options.logger,
    }
  }

  /** Runs cross-instance work on the document unless the room stopped meanwhile. */
  private whileServing(work: (target: ReturnType<BoardRoom['remoteTarget']>) => Promise<void>) {
    return async () => {
      if (this.failed || this.state === 'closed') return
      await work(this.remoteTarget()).catch(this.logFailure)
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
    // Stored boards are migrated when first loaded, so this finds the schema current.
    const { doc } = docFromStorage(
      stored,
      this.options.migrate ?? migrateBoard,
      this.options.logger,
    )
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
