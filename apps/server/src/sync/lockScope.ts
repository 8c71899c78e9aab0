import {
  LOCKS_ROOT,
  PRESENTATION_ROOT,
  type Role,
  entitySpecs,
  lockOf,
  readLocks,
} from '@samkart/model'
import type { WriteScope } from './WriteScope'

const SAVED_VIEWS_ROOT = entitySpecs.savedView.root

/**
 * What a writer (editor or facilitator) may change given the board's facilitation state
 * (docs/doc-schema.md, «Låsing» and «Gjennomgang»):
 * - nobody writes `locks`: the server does, for the lock API;
 * - only facilitators write the walkthrough (`savedViews`, `presentation`);
 * - while a lock is on, an editor may not touch the roots it covers (`LOCKED_ROOTS`);
 *   comments and anything else a lock does not cover stay open.
 * Runs after the update was applied, but an update that touches `locks` is refused before the
 * locks are read, so a write cannot lift the lock it is judged against.
 */
export function lockScope(role: Role): WriteScope {
  return (entries, doc) => {
    if (entries.some((e) => e.root === LOCKS_ROOT))
      return 'locks are set by the server (PUT /api/boards/:id/lock)'
    if (role === 'facilitator') return null
    const walkthrough = entries.find(
      (e) => e.root === SAVED_VIEWS_ROOT || e.root === PRESENTATION_ROOT,
    )
    if (walkthrough) return `only facilitators change ${walkthrough.root}`
    const locks = readLocks(doc)
    if (locks.length === 0) return null
    for (const entry of entries) {
      const lock = lockOf(locks, entry.root)
      if (lock) return `locked: ${lock.scope} (${entry.root}) is locked by a facilitator`
    }
    return null
  }
}
