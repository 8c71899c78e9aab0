import * as Y from 'yjs'
import type { EntityKind, FieldSpec, FieldValue } from '../field'
import { type EntityFields, type EntityTypes, entitySpecs } from '../entities/registry'
import { entityRoot } from './schema'

/**
 * Reads one stored value as the API type, falling back to the default when the stored value is
 * missing or of the wrong JS type (documents from newer or hostile clients stay readable).
 */
function readValue(spec: FieldSpec, stored: unknown, fallback: FieldValue): FieldValue {
  if (spec.kind === 'set') {
    if (!(stored instanceof Y.Map)) return fallback
    return [...(stored as Y.Map<unknown>).keys()].sort()
  }
  if (typeof stored !== typeof fallback) return fallback
  if (typeof stored === 'number' && !Number.isFinite(stored)) return fallback
  return stored as FieldValue
}

/** One object per kind with every key of its entities, to clone (see {@link entityFromYMap}). */
const shapes = new Map<EntityKind, Record<string, FieldValue>>()
function shapeOf(kind: EntityKind): Record<string, FieldValue> {
  let shape = shapes.get(kind)
  if (!shape) {
    const defaults = entitySpecs[kind].defaults as Record<string, FieldValue>
    const keys: Record<string, FieldValue> = { id: '' }
    for (const field of Object.keys(entitySpecs[kind].fields)) keys[field] = defaults[field]!
    // The spread copy is a fast-properties object even if `keys` is not (see below).
    shape = { ...keys }
    shapes.set(kind, shape)
  }
  return shape
}

/**
 * Converts an entity's `Y.Map` into a plain, typed object.
 *
 * The object starts as a copy of its kind's shape, and then only existing keys are set. Adding
 * an actor's 23 keys one by one by computed name made V8 turn every actor object into a
 * dictionary (more than a dozen keyed additions), about 800 bytes each instead of about 110
 * and slower to read: 5.6 MiB for a 3,000-actor board held by the journey screens
 * (docs/performance.md, «Big boards» §9).
 */
export function entityFromYMap<K extends EntityKind>(
  kind: K,
  id: string,
  ymap: Y.Map<unknown>,
): EntityTypes[K] {
  const spec = entitySpecs[kind]
  const out: Record<string, FieldValue> = { ...shapeOf(kind) }
  out.id = id
  for (const [field, fieldSpec] of Object.entries(spec.fields) as [string, FieldSpec][]) {
    const fallback = (spec.defaults as Record<string, FieldValue>)[field]!
    out[field] = readValue(fieldSpec, ymap.get(field), fallback)
  }
  return out as unknown as EntityTypes[K]
}

/** Reads one entity, or `undefined` if it does not exist. */
export function readEntity<K extends EntityKind>(
  doc: Y.Doc,
  kind: K,
  id: string,
): EntityTypes[K] | undefined {
  const ymap = entityRoot(doc, kind).get(id)
  return ymap instanceof Y.Map ? entityFromYMap(kind, id, ymap) : undefined
}

/**
 * Reads one field of one entity (with the same fallbacks as {@link readEntity}), or
 * `undefined` if the entity does not exist. For hot paths that need a single value, such as a
 * relation's accessible name reading its actors' names: reading whole entities there cost
 * 74 ms of a 2,000-relation board's load (docs/performance.md).
 */
export function readEntityField<K extends EntityKind, F extends keyof EntityFields<K> & string>(
  doc: Y.Doc,
  kind: K,
  id: string,
  field: F,
): EntityTypes[K][F] | undefined {
  const ymap = entityRoot(doc, kind).get(id)
  if (!(ymap instanceof Y.Map)) return undefined
  const spec = entitySpecs[kind]
  const fieldSpec = (spec.fields as Record<string, FieldSpec>)[field]!
  const fallback = (spec.defaults as Record<string, FieldValue>)[field]!
  return readValue(fieldSpec, ymap.get(field), fallback) as EntityTypes[K][F]
}

/** Reads every entity of one kind (unordered). */
export function readEntities<K extends EntityKind>(doc: Y.Doc, kind: K): EntityTypes[K][] {
  const out: EntityTypes[K][] = []
  entityRoot(doc, kind).forEach((ymap, id) => {
    if (ymap instanceof Y.Map) out.push(entityFromYMap(kind, id, ymap))
  })
  return out
}

/** True if an entity with this id exists. */
export function entityExists(doc: Y.Doc, kind: EntityKind, id: string): boolean {
  return entityRoot(doc, kind).get(id) instanceof Y.Map
}

/**
 * Writes validated fields into an entity's `Y.Map`. Only values that differ are written, so an
 * unchanged field produces no update and cannot clobber a concurrent edit. Sets are diffed
 * member by member. Must run inside a transaction.
 *
 * A missing field reads as its default (docs/doc-schema.md), so writing the default there is
 * no change either and is skipped: a new entity stores only what differs from its kind's
 * defaults. Every stored field is one more item each client decodes and integrates when it
 * opens the board; leaving defaults out shrank a 3,000-actor board's sync from 2.3 to 0.95 MiB
 * and its apply to about a third (docs/performance.md, «Big boards»). Sets are always created,
 * as an empty `Y.Map`, so code adding members later finds the map.
 */
export function writeFields<K extends EntityKind>(
  kind: K,
  ymap: Y.Map<unknown>,
  fields: Partial<EntityFields<K>>,
): void {
  const specs = entitySpecs[kind].fields as Record<string, FieldSpec>
  const defaults = entitySpecs[kind].defaults as Record<string, FieldValue>
  for (const [field, value] of Object.entries(fields) as [string, FieldValue][]) {
    const spec = specs[field]
    if (!spec) continue
    if (spec.kind === 'set') {
      let set = ymap.get(field)
      if (!(set instanceof Y.Map)) {
        set = new Y.Map<boolean>()
        ymap.set(field, set)
      }
      const members = set as Y.Map<boolean>
      const wanted = new Set(value as string[])
      for (const key of [...members.keys()]) if (!wanted.has(key)) members.delete(key)
      for (const key of wanted) if (!members.has(key)) members.set(key, true)
    } else if ((ymap.get(field) ?? defaults[field]) !== value) {
      ymap.set(field, value)
    }
  }
}
