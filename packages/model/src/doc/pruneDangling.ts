import * as Y from 'yjs'
import { ENTITY_KINDS, entitySpecs } from '../entities/registry'
import type { EntityKind, FieldSpec } from '../field'
import { danglingComments } from '../comments/danglingComments'
import { entityExists } from './entityStore'
import { entityRoot } from './schema'

/**
 * Removes entities left dangling by concurrent edits: a relation drawn to an actor that someone
 * else deleted at the same moment, a phase or touchpoint added to a journey or phase that was
 * deleted concurrently. The CRDT merges both edits; this applies "delete wins" to what hangs off
 * the deleted entity; a comment whose target or thread is gone goes too. Idempotent and safe to run on several clients at once (concurrent deletes
 * of one key merge). Runs in kind order, so a touchpoint of a pruned phase goes too.
 *
 * @returns how many entities were removed
 */
export function pruneDangling(doc: Y.Doc, options: { origin?: unknown } = {}): number {
  let removed = 0
  doc.transact(() => {
    for (const kind of ENTITY_KINDS) {
      if (kind === 'comment') continue // below: its target may be of several kinds
      const refs = Object.entries(entitySpecs[kind].fields as Record<string, FieldSpec>).filter(
        (entry): entry is [string, Extract<FieldSpec, { kind: 'ref' }>] =>
          entry[1].kind === 'ref' && !entry[1].weak,
      )
      if (refs.length === 0) continue
      const root = entityRoot(doc, kind)
      for (const [id, ymap] of [...root.entries()]) {
        if (!(ymap instanceof Y.Map)) continue
        const dangling = refs.some(([field, spec]) => {
          const target = ymap.get(field)
          return (
            typeof target === 'string' &&
            target !== '' &&
            !entityExists(doc, spec.entity as EntityKind, target)
          )
        })
        if (dangling) {
          root.delete(id)
          removed++
        }
      }
    }
    const root = entityRoot(doc, 'comment')
    for (const id of danglingComments(doc)) {
      root.delete(id)
      removed++
    }
  }, options.origin ?? null)
  return removed
}
