import type * as Y from 'yjs'
import { SCHEMA_VERSION } from './BoardMeta'
import { lanesMigration } from './lanesMigration'
import { metaRoot } from './schema'

/** One step that upgrades a document from `from` to `from + 1`, inside a transaction. */
export interface Migration {
  from: number
  describe: string
  up(doc: Y.Doc): void
}

/**
 * Ordered migrations; a change of format appends `{ from: n, … }` here and bumps
 * `SCHEMA_VERSION`. 1 → 2: lanes became entities (`lanesMigration`).
 */
export const MIGRATIONS: readonly Migration[] = [lanesMigration]

/** Outcome of {@link migrateBoard}. */
export type MigrationOutcome =
  | { status: 'current'; version: number }
  | { status: 'migrated'; from: number; to: number }
  | { status: 'too-new'; version: number }
  | { status: 'uninitialised' }

/**
 * Brings a loaded board up to {@link SCHEMA_VERSION}. Runs on the server when a board is loaded,
 * before any client sees it, so clients always meet the current format. A document written by
 * newer code is left untouched and reported as `too-new`.
 */
export function migrateBoard(
  doc: Y.Doc,
  migrations: readonly Migration[] = MIGRATIONS,
  target = SCHEMA_VERSION,
): MigrationOutcome {
  const stored = metaRoot(doc).get('schemaVersion')
  if (typeof stored !== 'number') return { status: 'uninitialised' }
  if (stored > target) return { status: 'too-new', version: stored }
  if (stored === target) return { status: 'current', version: stored }
  let version = stored
  doc.transact(() => {
    while (version < target) {
      const step = migrations.find((m) => m.from === version)
      if (!step) throw new Error(`no migration from schema version ${version}`)
      step.up(doc)
      version += 1
    }
    metaRoot(doc).set('schemaVersion', version)
  }, 'migration')
  return { status: 'migrated', from: stored, to: version }
}
