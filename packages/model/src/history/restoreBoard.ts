import * as Y from 'yjs'
import { ENTITY_KINDS, entitySpecs } from '../entities/registry'
import { readMeta } from '../doc/board'
import { DANGER_SIGNALS_ROOT } from '../doc/dangerSignals'
import { readEntities, writeFields } from '../doc/entityStore'
import { entityRoot, metaRoot } from '../doc/schema'
import type { EntityKind } from '../field'

/**
 * Makes the live board's content equal to `version`'s, as one ordinary edit on top of it (one
 * transaction with `origin`): entities the version lacks are deleted, those it has are created
 * with their old ids or have their differing fields written, the title and the danger signals
 * follow. Nothing is rewound: the history up to now stays in the document and in the stored
 * versions, and everyone connected receives the restore like any edit. Fields that already
 * match are not written, so a restore of an unchanged board produces no update.
 *
 * `version` is a scratch document built from a stored version's state; it is only read.
 * Returns how many entities were created, changed or deleted.
 */
export function restoreBoard(
  live: Y.Doc,
  version: Y.Doc,
  options: { origin?: unknown } = {},
): { created: number; updated: number; deleted: number } {
  const counts = { created: 0, updated: 0, deleted: 0 }
  live.transact(() => {
    const title = readMeta(version).title
    if (title !== '' && metaRoot(live).get('title') !== title) metaRoot(live).set('title', title)
    for (const kind of ENTITY_KINDS) restoreKind(live, version, kind, counts)
    const signals = live.getMap<unknown>(DANGER_SIGNALS_ROOT)
    const wanted = version.getMap<unknown>(DANGER_SIGNALS_ROOT)
    for (const key of [...signals.keys()]) if (!wanted.has(key)) signals.delete(key)
    wanted.forEach((value, key) => {
      if (signals.get(key) !== value) signals.set(key, value)
    })
  }, options.origin ?? null)
  return counts
}

function restoreKind(
  live: Y.Doc,
  version: Y.Doc,
  kind: EntityKind,
  counts: { created: number; updated: number; deleted: number },
): void {
  const root = entityRoot(live, kind)
  const wanted = readEntities(version, kind)
  const keep = new Set(wanted.map((e) => e.id))
  for (const id of [...root.keys()])
    if (!keep.has(id)) {
      root.delete(id)
      counts.deleted++
    }
  for (const entity of wanted) {
    const { id, ...fields } = entity as unknown as { id: string } & Record<string, unknown>
    let ymap = root.get(id)
    if (!(ymap instanceof Y.Map)) {
      // Integrate the map first: nested sets can only be written once it is in the document.
      ymap = root.set(id, new Y.Map<unknown>())
      ymap.set('id', id)
      counts.created++
    } else if (!sameFields(kind, ymap, fields)) {
      counts.updated++
    }
    writeFields(kind, ymap, fields as never)
  }
}

function sameFields(kind: EntityKind, ymap: Y.Map<unknown>, fields: Record<string, unknown>) {
  const defaults = entitySpecs[kind].defaults as Record<string, unknown>
  return Object.entries(fields).every(([key, value]) => {
    // A missing field reads as its default; new entities store only what differs (writeFields).
    const stored = ymap.get(key) ?? defaults[key]
    if (Array.isArray(value))
      return (
        stored instanceof Y.Map &&
        stored.size === value.length &&
        value.every((member) => (stored as Y.Map<unknown>).has(member as string))
      )
    return stored === value
  })
}
