import { join } from 'node:path'
import Database from 'better-sqlite3'

/** File name of the lock inside the folder. */
export const LOCK_FILE = 'owner.lock'

/**
 * Keeps a second server off an update journal (and so off a data folder) that one is already
 * using. Two servers on one folder would each hold their own copy of a board in memory, and
 * the second would replay the first one's live journal into SQLite and remove it, so the
 * first one's next updates would go to a deleted file.
 *
 * The lock is an exclusive SQLite lock held for the server's lifetime (`locking_mode =
 * EXCLUSIVE` on a small file of its own). The operating system drops it when the process
 * ends, also on `kill -9`, so there is never a stale lock to clean up, unlike a pid file.
 * The headless export opens `samkart.sqlite` read-only and does not need it.
 */
export class FolderLock {
  private constructor(private readonly db: Database.Database) {}

  /** Takes the lock on `dir` (which must exist), or throws if another process holds it. */
  static acquire(dir: string): FolderLock {
    const db = new Database(join(dir, LOCK_FILE), { timeout: 0 })
    try {
      db.pragma('locking_mode = EXCLUSIVE')
      // The file holds nothing, so it needs no rollback journal (and no `-journal` lingers).
      db.pragma('journal_mode = MEMORY')
      // Takes the exclusive lock; in this locking mode it is never given back.
      db.exec('BEGIN EXCLUSIVE; COMMIT')
    } catch (err) {
      db.close()
      if ((err as { code?: string }).code?.startsWith('SQLITE_BUSY'))
        throw new Error(
          `another Samkart server is already using ${dir}; stop it first, or give this one its own --data-dir`,
        )
      throw err
    }
    return new FolderLock(db)
  }

  /** Frees the folder. */
  release(): void {
    if (this.db.open) this.db.close()
  }
}
