import * as Y from 'yjs'
import { migrateBoard } from '@samkart/model'
import { join } from 'node:path'
import { JOURNAL_FOLDER } from '../storage/openStorage'
import { SqliteStorage } from '../storage/SqliteStorage'
import { UpdateJournal } from '../storage/UpdateJournal'

/** A stored board read for export, or why it could not be read. */
export type StoredBoardRead = { ok: true; doc: Y.Doc } | { ok: false; error: string }

/**
 * Reads one board from `<dataDir>/samkart.sqlite` without writing anything: the file is opened
 * read-only (it may be in use by a running server), the snapshot and logged updates are merged
 * as the server does on load, together with the board's updates still in the server's journal
 * (the last fraction of a second of edits, or what a crash left), and an older document is
 * migrated in memory only. With `versionId`, the board as that stored version holds it.
 */
export async function loadStoredBoard(
  dataDir: string,
  boardId: string,
  versionId?: string,
): Promise<StoredBoardRead> {
  let storage: SqliteStorage
  try {
    storage = SqliteStorage.openReadOnly(dataDir)
  } catch (err) {
    return {
      ok: false,
      error: `cannot read the board storage in ${dataDir}: ${(err as Error).message}`,
    }
  }
  try {
    // The journal before the database: an update the server moves from one to the other in
    // between is then read from the database (or from both; applying it twice changes nothing).
    const journaled = UpdateJournal.updatesOf(join(dataDir, JOURNAL_FOLDER), boardId)
    const stored = await storage.loadBoard(boardId)
    if (!stored)
      return { ok: false, error: `no board with id ${JSON.stringify(boardId)} in ${dataDir}` }
    const doc = new Y.Doc()
    if (versionId !== undefined) {
      const version = await storage.loadVersion(boardId, versionId)
      if (!version)
        return { ok: false, error: `board ${boardId} has no version ${JSON.stringify(versionId)}` }
      Y.applyUpdate(doc, version.state)
    } else {
      const parts = [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates, ...journaled]
      if (parts.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(parts))
    }
    const migration = migrateBoard(doc)
    if (migration.status === 'too-new') {
      doc.destroy()
      return {
        ok: false,
        error: `the board was written by a newer Samkart (schema ${migration.version})`,
      }
    }
    return { ok: true, doc }
  } finally {
    await storage.close()
  }
}
