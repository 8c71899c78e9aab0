import type { BoardVersion } from '@samkart/model'
import type {
  BoardListing,
  BoardRecord,
  BoardUpdate,
  Storage,
  StoredBoard,
  StoredVersion,
} from '../storage/Storage'

/**
 * A real store (SQLite in the tests) whose appends can be held back, like a disk that stalls:
 * while {@link GatedStorage.hold} is in effect, `appendUpdate` waits until
 * {@link GatedStorage.release}. Lets a test fill a room's queue deterministically.
 */
export class GatedStorage implements Storage {
  private gate: Promise<void> | null = null
  private open: (() => void) | null = null

  constructor(private readonly inner: Storage) {}

  /** From now on, appends wait for {@link GatedStorage.release}. */
  hold(): void {
    this.gate ??= new Promise((resolve) => (this.open = resolve))
  }

  /** Lets waiting and later appends through. */
  release(): void {
    this.open?.()
    this.gate = null
    this.open = null
  }

  async appendUpdate(id: string, update: Uint8Array): Promise<void> {
    await this.gate
    return this.inner.appendUpdate(id, update)
  }

  createBoard(board: BoardRecord, initialState: Uint8Array): Promise<void> {
    return this.inner.createBoard(board, initialState)
  }
  listBoards(): Promise<BoardListing[]> {
    return this.inner.listBoards()
  }
  getBoard(id: string): Promise<BoardRecord | undefined> {
    return this.inner.getBoard(id)
  }
  loadBoard(id: string): Promise<StoredBoard | undefined> {
    return this.inner.loadBoard(id)
  }
  appendUpdates(entries: readonly BoardUpdate[]): Promise<number> {
    return this.inner.appendUpdates(entries)
  }
  compact(id: string, state: Uint8Array): Promise<void> {
    return this.inner.compact(id, state)
  }
  setTitle(id: string, title: string): Promise<void> {
    return this.inner.setTitle(id, title)
  }
  deleteBoard(id: string): Promise<boolean> {
    return this.inner.deleteBoard(id)
  }
  addVersion(boardId: string, version: BoardVersion, state: Uint8Array): Promise<void> {
    return this.inner.addVersion(boardId, version, state)
  }
  listVersions(boardId: string): Promise<BoardVersion[]> {
    return this.inner.listVersions(boardId)
  }
  loadVersion(boardId: string, versionId: string): Promise<StoredVersion | undefined> {
    return this.inner.loadVersion(boardId, versionId)
  }
  deleteVersions(boardId: string, versionIds: readonly string[]): Promise<number> {
    return this.inner.deleteVersions(boardId, versionIds)
  }
  close(): Promise<void> {
    this.release()
    return this.inner.close()
  }
}
