import * as Y from 'yjs'
import type { EntityKind } from '../field'
import { createId, isValidId } from '../ids'
import { type EntityFields, type EntityTypes, entitySpecs } from '../entities/registry'
import { type Result, fail, ok } from '../result'
import { cascadeTargets, checkEntityRules } from '../doc/entityRules'
import { entityFromYMap, readEntity, writeFields } from '../doc/entityStore'
import { entityRoot } from '../doc/schema'
import { validateInput } from '../doc/validateInput'

/** Options shared by every write. */
export interface WriteOptions {
  /**
   * Transaction origin. The web app passes its per-tab origin so its undo manager tracks only
   * its own changes; imports and templates pass another so they are not undoable.
   */
  origin?: unknown
}

function notFound(kind: EntityKind, id: string) {
  return fail({
    code: 'not_found' as const,
    entity: kind,
    message: `${kind} ${id} does not exist`,
    params: { id },
  })
}

/**
 * Creates an entity from defaults plus `input`, after validating every field, its references
 * and the cross-entity rules. On error nothing is written.
 *
 * @returns the new entity's id
 */
export function createEntity<K extends EntityKind>(
  doc: Y.Doc,
  kind: K,
  input: Partial<EntityFields<K>> & { id?: string },
  options: WriteOptions = {},
): Result<string> {
  const { id: wantedId, ...fields } = input as Record<string, unknown>
  if (wantedId !== undefined && !isValidId(wantedId))
    return fail({ code: 'invalid_type', entity: kind, field: 'id', message: 'invalid id' })
  const id = (wantedId as string | undefined) ?? createId()
  if (entityRoot(doc, kind).has(id))
    return fail({ code: 'invalid_type', entity: kind, field: 'id', message: `${id} exists` })
  const spec = entitySpecs[kind]
  const full = { ...spec.defaults, ...fields } as Record<string, unknown>
  const checked = validateInput(doc, kind, full)
  if (!checked.ok) return checked
  const next = { id, ...checked.value } as EntityTypes[K]
  const ruleError = checkEntityRules(doc, kind, next, new Set(Object.keys(checked.value)))
  if (ruleError) return fail(ruleError)
  doc.transact(() => {
    // Integrate the map first: nested sets can only be read once the map is in the document.
    const ymap = entityRoot(doc, kind).set(id, new Y.Map<unknown>())
    ymap.set('id', id)
    writeFields(kind, ymap, checked.value)
  }, options.origin ?? null)
  return ok(id)
}

/**
 * Changes some fields of an existing entity. Only the given fields are written (and only where
 * they differ), so a concurrent edit of another field of the same entity survives.
 */
export function updateEntity<K extends EntityKind>(
  doc: Y.Doc,
  kind: K,
  id: string,
  patch: Partial<EntityFields<K>>,
  options: WriteOptions = {},
): Result<EntityTypes[K]> {
  const ymap = entityRoot(doc, kind).get(id)
  if (!(ymap instanceof Y.Map)) return notFound(kind, id)
  const current = entityFromYMap(kind, id, ymap)
  const checked = validateInput(doc, kind, patch as Record<string, unknown>, current)
  if (!checked.ok) return checked
  const next = { ...current, ...checked.value } as EntityTypes[K]
  const ruleError = checkEntityRules(doc, kind, next, new Set(Object.keys(checked.value)))
  if (ruleError) return fail(ruleError)
  doc.transact(() => writeFields(kind, ymap, checked.value), options.origin ?? null)
  return ok(next)
}

/**
 * Deletes an entity and everything that cannot exist without it (see `cascadeTargets`), in one
 * transaction, so one undo step brings all of it back.
 */
export function deleteEntity(
  doc: Y.Doc,
  kind: EntityKind,
  id: string,
  options: WriteOptions = {},
): Result<void> {
  if (!readEntity(doc, kind, id)) return notFound(kind, id)
  doc.transact(() => {
    for (const target of cascadeTargets(doc, kind, id))
      entityRoot(doc, target.kind).delete(target.id)
    entityRoot(doc, kind).delete(id)
  }, options.origin ?? null)
  return ok(undefined)
}
