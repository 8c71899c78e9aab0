import { mkdirSync, rmSync } from 'node:fs'
import { FolderLock } from './FolderLock'
import type { BoardVersion } from '@samkart/model'
import type {
  BoardListing,
  BoardRecord,
  BoardUpdate,
  Storage,
  StoredBoard,
  StoredVersion,
} from './Storage'
import { UpdateJournal } from './UpdateJournal'

/** Options for {@link JournaledStorage.open}. */
export interface JournaledStorageOptions {
  /** `full`: every journal record is fsynced before `appendUpdate` resolves. */
  sync?: 'full' | 'normal'
  /** How long appended updates may wait before they are moved into the store, in ms. */
  flushDelayMs?: number
  /** Move them at once when this many are waiting, whatever the delay. */
  flushAfter?: number
  /** Told about a background move into the store that failed (it is retried later). */
  onFlushError?: (err: unknown) => void
}

/** What `open` found and replayed from a previous run that ended without a clean close. */
export interface JournalRecovery {
  replayed: number
  /** Records of boards deleted since; dropped. */
  dropped: number
  /** Bytes of a record cut short by the crash (never relayed to anyone). */
  ignoredBytes: number
}

const DEFAULT_FLUSH_DELAY_MS = 100
const DEFAULT_FLUSH_AFTER = 1000
/** Updates per store transaction when flushing (≈0.1 ms each with SQLite). */
const CHUNK = 16
/** Pause between chunks, so an edit in flight meets one chunk at most. */
const CHUNK_GAP_MS = 1
/** Most chunks per flush: a flush of any size then ends within ≈50 ms. */
const MAX_CHUNKS = 32

/**
 * A {@link Storage} that makes `appendUpdate` durable by appending to an {@link UpdateJournal}
 * and moves the journaled updates into the store behind it in batches (one transaction for
 * many updates), off the path from one client to the others. Everything else goes to the
 * store; reads and compaction first move whatever is waiting, so they see every update.
 *
 * After a crash, {@link JournaledStorage.open} replays what the journal still holds. Replaying
 * an update the store already had (a crash between the store's commit and removing the
 * segment) appends it twice, which changes nothing: applying a Yjs update again is a no-op.
 */
export class JournaledStorage implements Storage {
  private pending: BoardUpdate[] = []
  private timer: ReturnType<typeof setTimeout> | null = null
  /** Flushes run one after another. */
  private tail: Promise<void> = Promise.resolve()
  private readonly flushDelayMs: number
  private readonly flushAfter: number
  private closed = false
  /** A background flush is queued and has not started. */
  private queued = false
  /** Callers waiting on {@link flush}; while any are, chunks follow each other at once. */
  private hurry = 0

  private constructor(
    private readonly store: Storage,
    private readonly journal: UpdateJournal,
    private readonly lock: FolderLock,
    private readonly options: JournaledStorageOptions,
    /** What the last start replayed. */
    readonly recovery: JournalRecovery,
  ) {
    this.flushDelayMs = options.flushDelayMs ?? DEFAULT_FLUSH_DELAY_MS
    this.flushAfter = options.flushAfter ?? DEFAULT_FLUSH_AFTER
  }

  /**
   * Replays the journal in `dir` (left by a run that did not close cleanly) into `store`,
   * removes it, and starts a new one, holding a {@link FolderLock} on `dir` until `close`.
   * Throws if another process holds it, and, leaving the journal in place, if the store
   * refuses the replay.
   */
  static async open(
    store: Storage,
    dir: string,
    options: JournaledStorageOptions = {},
  ): Promise<JournaledStorage> {
    mkdirSync(dir, { recursive: true })
    // Before reading anything: a journal another server is still writing is not left over.
    const lock = FolderLock.acquire(dir)
    try {
      const left = UpdateJournal.read(dir)
      // The store skips the updates of boards deleted since.
      const replayed = left.entries.length > 0 ? await store.appendUpdates(left.entries) : 0
      const journal = UpdateJournal.open(dir, options)
      for (const segment of left.segments) rmSync(segment)
      return new JournaledStorage(store, journal, lock, options, {
        replayed,
        dropped: left.entries.length - replayed,
        ignoredBytes: left.ignoredBytes,
      })
    } catch (err) {
      lock.release()
      throw err
    }
  }

  /** Durable once it returns: the record is in the journal file. */
  async appendUpdate(id: string, update: Uint8Array): Promise<void> {
    if (this.closed) throw new Error('storage is closed')
    this.journal.append(id, update)
    this.pending.push({ boardId: id, update })
    this.schedule()
  }

  async appendUpdates(entries: readonly BoardUpdate[]): Promise<number> {
    for (const entry of entries) await this.appendUpdate(entry.boardId, entry.update)
    return entries.length
  }

  /**
   * Moves every update appended so far into the store, at once: someone is waiting (a read,
   * a compaction), so a background flush under way also stops pausing between its chunks.
   */
  flush(): Promise<void> {
    this.cancelTimer()
    this.hurry++
    const run = this.tail.then(() => this.flushPending()).finally(() => this.hurry--)
    this.tail = run.catch(() => undefined)
    return run
  }

  async loadBoard(id: string): Promise<StoredBoard | undefined> {
    await this.flush()
    return this.store.loadBoard(id)
  }

  async compact(id: string, state: Uint8Array): Promise<void> {
    await this.flush()
    return this.store.compact(id, state)
  }

  async deleteBoard(id: string): Promise<boolean> {
    await this.flush()
    return this.store.deleteBoard(id)
  }

  createBoard(board: BoardRecord, initialState: Uint8Array): Promise<void> {
    return this.store.createBoard(board, initialState)
  }

  listBoards(): Promise<BoardListing[]> {
    return this.store.listBoards()
  }

  getBoard(id: string): Promise<BoardRecord | undefined> {
    return this.store.getBoard(id)
  }

  setTitle(id: string, title: string): Promise<void> {
    return this.store.setTitle(id, title)
  }

  // Versions carry their whole state and do not depend on the log, so they need no flush.
  addVersion(boardId: string, version: BoardVersion, state: Uint8Array): Promise<void> {
    return this.store.addVersion(boardId, version, state)
  }

  listVersions(boardId: string): Promise<BoardVersion[]> {
    return this.store.listVersions(boardId)
  }

  loadVersion(boardId: string, versionId: string): Promise<StoredVersion | undefined> {
    return this.store.loadVersion(boardId, versionId)
  }

  deleteVersions(boardId: string, versionIds: readonly string[]): Promise<number> {
    return this.store.deleteVersions(boardId, versionIds)
  }

  /**
   * Moves what is waiting into the store and closes both. If the store refuses, the journal
   * keeps the updates for the next start, and the error is passed on.
   */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    try {
      await this.flush()
      this.journal.remove()
    } finally {
      this.journal.close() // after a failed flush: the segments stay for the next start
      try {
        await this.store.close()
      } finally {
        this.lock.release()
      }
    }
  }

  private schedule(): void {
    if (this.closed || this.queued) return
    if (this.pending.length >= this.flushAfter) return this.flushInBackground()
    if (this.timer) return
    this.timer = setTimeout(() => this.flushInBackground(), this.flushDelayMs)
    // Pending updates are already durable; they need not keep the process alive.
    this.timer.unref()
  }

  /** Queues one gentle flush (pausing between chunks), unless one is queued already. */
  private flushInBackground(): void {
    this.cancelTimer()
    if (this.queued) return
    this.queued = true
    const run = this.tail.then(() => {
      this.queued = false
      return this.flushPending()
    })
    this.tail = run.catch((err: unknown) => this.options.onFlushError?.(err))
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  private async flushPending(): Promise<void> {
    if (this.pending.length === 0) return
    const batch = this.pending
    this.pending = []
    // Every record in these was appended before this flush: it is in `batch` or stored.
    const sealed = this.journal.sealed()
    // A backlog (more edits per second than small chunks can carry) gets bigger chunks.
    const size = Math.max(CHUNK, Math.ceil(batch.length / MAX_CHUNKS))
    let stored = 0
    try {
      while (stored < batch.length) {
        // Between chunks the event loop runs, so relaying others' edits waits for one chunk's
        // transaction at most, not the whole batch's.
        if (stored > 0 && this.hurry === 0)
          await new Promise((resolve) => setTimeout(resolve, CHUNK_GAP_MS))
        const chunk = batch.slice(stored, stored + size)
        await this.store.appendUpdates(chunk)
        stored += chunk.length
      }
    } catch (err) {
      // Still in the journal; retried with the next flush (and replayed on the next start).
      this.pending = batch.slice(stored).concat(this.pending)
      this.schedule()
      throw err
    }
    // Nothing appended meanwhile: the whole journal is stored. Otherwise the current segment
    // keeps records already stored, which a replay after a crash would append once more
    // (harmlessly) until a quiet moment or the segment filling up ends that.
    if (this.pending.length === 0) this.journal.clear()
    else this.journal.release(sealed)
  }
}
