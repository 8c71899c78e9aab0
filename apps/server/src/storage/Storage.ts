import type { BoardVersion } from '@samkart/model'

/** A board as listed on the front page. */
export interface BoardRecord {
  id: string
  title: string
  /** ISO 8601, from the board's own metadata. */
  createdAt: string
}

/** A board as the administrator's overview lists it: when it was last edited, how big it is. */
export interface BoardListing extends BoardRecord {
  /** ISO 8601: the last stored edit (to within the journal's flush delay), else creation. */
  editedAt: string
  /** Bytes stored for the board: its snapshot and its log since (versions not included). */
  bytes: number
}

/** One update of one board, as logs and journals carry it. */
export interface BoardUpdate {
  boardId: string
  update: Uint8Array
}

/**
 * What is on disk for one board: the last snapshot (a full Yjs state update) and the updates
 * appended since, oldest first. Loading merges them (`Y.mergeUpdates`) and applies them once.
 */
export interface StoredBoard {
  board: BoardRecord
  snapshot: Uint8Array | null
  updates: Uint8Array[]
}

/** One stored version with its full state (a Yjs update of the whole board at that moment). */
export interface StoredVersion {
  version: BoardVersion
  state: Uint8Array
}

/**
 * Persistence for boards: an append-only log of Yjs updates per board plus a snapshot that the
 * log is periodically folded into. Every method is async so that network stores (PostgreSQL,
 * Redis) can implement the same interface; `SqliteStorage` does its work synchronously and
 * returns settled promises.
 *
 * Contract the sync layer relies on:
 * - `appendUpdate` resolves only once the update is durable (the server broadcasts after it).
 * - `compact` replaces the snapshot and removes every appended update of that board atomically;
 *   the caller guarantees that no `appendUpdate` for the board runs concurrently.
 */
export interface Storage {
  /** Creates a board with its initial state (from `initBoard`) in one atomic write. */
  createBoard(board: BoardRecord, initialState: Uint8Array): Promise<void>
  /** All boards, newest first, with when each was last edited and its size. */
  listBoards(): Promise<BoardListing[]>
  /** One board's listing, or `undefined` if it does not exist. */
  getBoard(id: string): Promise<BoardRecord | undefined>
  /** A board's stored state, or `undefined` if it does not exist. */
  loadBoard(id: string): Promise<StoredBoard | undefined>
  /** Appends one update to the board's log; durable when the promise resolves. */
  appendUpdate(id: string, update: Uint8Array): Promise<void>
  /**
   * Appends updates of any boards, in order, in one durable write (all or none); entries of
   * boards that no longer exist are skipped. Resolves to how many were appended. For moving a
   * journal's batch into the store.
   */
  appendUpdates(entries: readonly BoardUpdate[]): Promise<number>
  /** Replaces the snapshot with `state` and drops the board's appended updates, atomically. */
  compact(id: string, state: Uint8Array): Promise<void>
  /** Keeps the listing's title in step with the document's `meta.title`. */
  setTitle(id: string, title: string): Promise<void>
  /** Deletes a board with its snapshot and log; returns whether it existed. */
  deleteBoard(id: string): Promise<boolean>
  /**
   * Stores a version of a board beside it (deleted with it). Versions are kept apart from the
   * snapshot and log, so loading a board never reads them however many there are.
   */
  addVersion(boardId: string, version: BoardVersion, state: Uint8Array): Promise<void>
  /** A board's versions without their states, newest first; `[]` for an unknown board. */
  listVersions(boardId: string): Promise<BoardVersion[]>
  /** One version with its state, or `undefined` if the board has no such version. */
  loadVersion(boardId: string, versionId: string): Promise<StoredVersion | undefined>
  /** Deletes these versions of a board (retention); returns how many existed. */
  deleteVersions(boardId: string, versionIds: readonly string[]): Promise<number>
  /** Flushes and closes; no method may be called afterwards. */
  close(): Promise<void>
}
