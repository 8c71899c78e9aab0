import * as Y from 'yjs'
import {
  type BoardVersion,
  type VersionAuthor,
  type VersionKind,
  type VersionSummary,
  createId,
  migrateBoard,
  ok,
  restoreBoard,
} from '@samkart/model'
import type { Logger } from '../log'
import type { Storage, StoredVersion } from '../storage/Storage'
import type { BoardRoom } from '../sync/BoardRoom'
import { summariseStates } from './summariseStates'
import { type RetentionPolicy, thinVersions } from './thinVersions'

/** Computes a version's summary from the previous version's state and its own. */
export type Summariser = (before: Uint8Array | null, after: Uint8Array) => Promise<VersionSummary>

/** What the keeper needs; the settings come from `SAMKART_CHECKPOINT_MINUTES` and friends. */
export interface VersionKeeperOptions {
  storage: Storage
  logger: Logger
  /**
   * An automatic version is taken at the first edit stored this many minutes after the first
   * edit not in any version yet; 0 takes them only when the last participant leaves.
   */
  checkpointMinutes: number
  retention: RetentionPolicy
  /** The clock; tests pass their own. */
  now?: () => Date
  /**
   * Where summaries are computed: the server hands them to its worker threads, since decoding
   * two states of a large board holds a thread for hundreds of milliseconds. By default (and
   * when that fails, e.g. every worker busy) here, on the calling thread.
   */
  summarise?: Summariser
}

/** What a new version records besides the board's state. */
export interface VersionRequest {
  kind: VersionKind
  name?: string
  by?: VersionAuthor
  restoredFrom?: string
}

interface BoardHistory {
  /** When the first edit not yet in a version was stored (ms), or `null` if there is none. */
  dirtySince: number | null
  /** Versions of one board are made one after another, so each summary has the right base. */
  tail: Promise<unknown>
}

/** Boards whose history bookkeeping is kept; a clean board's entry may be dropped. */
const TRACKED_BOARDS = 256

/**
 * Makes and restores versions of boards: automatic checkpoints (when the last participant
 * leaves after edits, and after {@link VersionKeeperOptions.checkpointMinutes} of editing),
 * named versions, and restores, which are a new edit on top of the live board followed by a
 * version of kind `restore`. Each version stores the board's whole state, so opening or
 * restoring one never replays anything, and a summary of changes since the version before
 * (computed from the two states, by {@link VersionKeeperOptions.summarise}).
 * Retention runs after each automatic version.
 */
export class VersionKeeper {
  private readonly boards = new Map<string, BoardHistory>()
  private readonly now: () => Date

  constructor(private readonly options: VersionKeeperOptions) {
    this.now = options.now ?? (() => new Date())
  }

  /** A board's versions, newest first. */
  list(boardId: string): Promise<BoardVersion[]> {
    return this.options.storage.listVersions(boardId)
  }

  /** One version with its state. */
  load(boardId: string, versionId: string): Promise<StoredVersion | undefined> {
    return this.options.storage.loadVersion(boardId, versionId)
  }

  /**
   * Told by the room after each stored edit (in its queue). Takes an automatic version when the
   * board has been edited for longer than the checkpoint interval since its last version.
   */
  noteChange(room: BoardRoom): void {
    const history = this.historyOf(room.id)
    const now = this.now().getTime()
    if (history.dirtySince === null) {
      history.dirtySince = now
      return
    }
    const minutes = this.options.checkpointMinutes
    if (minutes > 0 && now - history.dirtySince >= minutes * 60_000) this.checkpoint(room)
  }

  /** Told when the last participant left a board: keeps what they did as a version. */
  noteIdle(room: BoardRoom): void {
    if (this.historyOf(room.id).dirtySince !== null) this.checkpoint(room)
  }

  /** Stores the live board as a new version and returns it. */
  create(room: BoardRoom, request: VersionRequest): Promise<BoardVersion> {
    const history = this.historyOf(room.id)
    const made = history.tail.then(() => this.store(room, history, request))
    history.tail = made.catch(() => undefined)
    return made
  }

  /**
   * Restores version `versionId` as a new edit on top of the live board: what the board held
   * just before is stored first (if it is in no version yet), then the restore is applied in
   * the room's queue (stored and relayed to everyone like any edit, so later edits stay on top)
   * and kept as a version of kind `restore`. `undefined` if the board has no such version.
   */
  async restore(
    room: BoardRoom,
    versionId: string,
    by?: VersionAuthor,
  ): Promise<BoardVersion | undefined> {
    const stored = await this.load(room.id, versionId)
    if (!stored) return undefined
    if (this.historyOf(room.id).dirtySince !== null) await this.create(room, { kind: 'auto' })
    const version = new Y.Doc()
    try {
      Y.applyUpdate(version, stored.state)
      migrateBoard(version) // an old version meets the current format, as a loaded board does
      await room.edit((doc, origin) => ok(restoreBoard(doc, version, { origin })))
    } finally {
      version.destroy()
    }
    return this.create(room, {
      kind: 'restore',
      ...(stored.version.name !== undefined ? { name: stored.version.name } : {}),
      ...(by ? { by } : {}),
      restoredFrom: versionId,
    })
  }

  /**
   * Resolves once every version under way is stored (or failed): the server awaits this when
   * stopping, after its rooms closed (which takes their last checkpoints) and before the
   * worker pool and storage close under them.
   */
  async settled(): Promise<void> {
    await Promise.all([...this.boards.values()].map((history) => history.tail))
  }

  private checkpoint(room: BoardRoom): void {
    this.create(room, { kind: 'auto' }).catch((err: unknown) =>
      this.options.logger.error('automatic version failed', {
        board: room.id,
        error: err instanceof Error ? err.message : String(err),
      }),
    )
  }

  private async store(
    room: BoardRoom,
    history: BoardHistory,
    request: VersionRequest,
  ): Promise<BoardVersion> {
    // In the room's queue: the state everyone has seen, and nothing stored after it is marked
    // as being in this version. Encoding is the only work here that grows with the board.
    const state = await room.run((doc) => {
      history.dirtySince = null
      return Y.encodeStateAsUpdate(doc)
    })
    const [newest] = await this.options.storage.listVersions(room.id)
    const previous = newest && (await this.options.storage.loadVersion(room.id, newest.id))
    const version: BoardVersion = {
      id: createId(),
      kind: request.kind,
      createdAt: this.now().toISOString(),
      summary: await this.summarise(previous ? previous.state : null, state),
      ...(request.name !== undefined ? { name: request.name } : {}),
      ...(request.by ? { by: request.by } : {}),
      ...(request.restoredFrom ? { restoredFrom: request.restoredFrom } : {}),
    }
    await this.options.storage.addVersion(room.id, version, state)
    this.options.logger.info('version stored', {
      board: room.id,
      version: version.id,
      kind: version.kind,
      bytes: state.byteLength,
    })
    if (request.kind === 'auto') await this.thin(room.id)
    return version
  }

  private async summarise(before: Uint8Array | null, after: Uint8Array): Promise<VersionSummary> {
    if (this.options.summarise)
      try {
        return await this.options.summarise(before, after)
      } catch (err) {
        this.options.logger.warn('summary on a worker failed; computing it here', {
          error: err instanceof Error ? err.message : String(err),
        })
      }
    return summariseStates(before, after)
  }

  private async thin(boardId: string): Promise<void> {
    const versions = await this.options.storage.listVersions(boardId)
    const remove = thinVersions(versions, this.now(), this.options.retention)
    if (remove.length > 0) await this.options.storage.deleteVersions(boardId, remove)
  }

  private historyOf(boardId: string): BoardHistory {
    let history = this.boards.get(boardId)
    if (history) {
      // Most recently used last, so the oldest entry is the one dropped.
      this.boards.delete(boardId)
    } else {
      history = { dirtySince: null, tail: Promise.resolve() }
    }
    this.boards.set(boardId, history)
    if (this.boards.size > TRACKED_BOARDS) {
      const [oldestId, oldest] = this.boards.entries().next().value!
      // A pending edit mark must not be lost; a clean board's entry is only bookkeeping.
      if (oldest.dirtySince === null && this.boards.get(oldestId) !== history)
        this.boards.delete(oldestId)
    }
    return history
  }
}
