import * as Y from 'yjs'
import type { MigrationOutcome } from '@samkart/model'
import type { Logger } from '../log'
import type { StoredBoard } from '../storage/Storage'

/**
 * Builds a board's live document from what storage holds: snapshot and log merged and applied
 * in one go, then brought to the current schema by `migrate`. `migrated` says whether that
 * changed the document, or pending state (see below) was dropped; either way the caller saves
 * it at once (so a migration never runs twice).
 */
export function docFromStorage(
  stored: StoredBoard,
  migrate: (doc: Y.Doc) => MigrationOutcome,
  logger: Logger,
): { doc: Y.Doc; migrated: boolean } {
  const parts = [stored.snapshot, ...stored.updates].filter((p): p is Uint8Array => p !== null)
  const doc = new Y.Doc()
  if (parts.length > 0) Y.applyUpdate(doc, parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts))
  let migrated = false
  // Servers before the update guard dropped pending state stored it in snapshots; it must not
  // reach a client, and saving the board at once takes it out of storage.
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
    doc.store.pendingStructs = null
    doc.store.pendingDs = null
    logger.warn('board had pending updates in storage; dropped', { board: stored.board.id })
    migrated = true
  }
  const noteMigration = () => (migrated = true)
  doc.on('update', noteMigration)
  const outcome = migrate(doc)
  doc.off('update', noteMigration)
  const board = stored.board.id
  if (outcome.status === 'migrated')
    logger.info('board migrated', { board, from: outcome.from, to: outcome.to })
  else if (outcome.status !== 'current') logger.warn(`board schema is ${outcome.status}`, { board })
  return { doc, migrated }
}
