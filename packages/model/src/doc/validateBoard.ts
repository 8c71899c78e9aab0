import * as Y from 'yjs'
import { type EntityKind, type FieldSpec, validateField } from '../field'
import { ENTITY_KINDS, entitySpecs } from '../entities/registry'
import type { ModelError } from '../result'
import { entityExists } from './entityStore'
import { entityRoot } from './schema'

/** A problem found in a stored document. */
export interface BoardProblem {
  kind: EntityKind | 'meta'
  id: string
  error: ModelError
}

/**
 * The most members a stored set may hold. Writes are capped at the field's own `maxItems`, but
 * two people adding members at the same time merge into a larger set, which is legitimate; this
 * ceiling only stops a hostile client from growing a set without bound.
 */
export const STORED_SET_CEILING = 1000

/**
 * Checks one stored entity against the schema: it is a `Y.Map` whose stored values satisfy
 * their field specs, and its single references (`ref` fields) point at existing entities. Sets
 * of references are not checked: a touchpoint keeps its deleted owners by design. An entity left
 * dangling by a concurrent delete is reported (`missing_reference`) so `pruneDangling` can go.
 * An entity that does not exist has no problems. With `fields`, only those fields are checked
 * (the server checks what an update touched, not all of an entity's fields).
 */
export function validateEntity(
  doc: Y.Doc,
  kind: EntityKind,
  id: string,
  fields?: ReadonlySet<string>,
): BoardProblem[] {
  const value = entityRoot(doc, kind).get(id)
  if (value === undefined) return []
  if (!(value instanceof Y.Map))
    return [
      {
        kind,
        id,
        error: { code: 'invalid_type', entity: kind, message: `${kind} ${id} is not a map` },
      },
    ]
  const problems: BoardProblem[] = []
  const specs = entitySpecs[kind].fields as Record<string, FieldSpec>
  for (const field of fields ?? Object.keys(specs)) {
    const spec = specs[field]
    if (!spec) continue // unknown keys are ignored by every reader
    const stored = value.get(field)
    if (stored === undefined) continue // missing fields read as defaults
    let error: ModelError | null
    if (spec.kind === 'set') {
      const members = stored instanceof Y.Map ? [...stored.keys()] : stored
      error = validateField(kind, field, { ...spec, maxItems: STORED_SET_CEILING }, members)
    } else {
      error = validateField(kind, field, spec, stored)
      if (
        !error &&
        spec.kind === 'ref' &&
        !spec.weak &&
        stored !== '' &&
        !entityExists(doc, spec.entity, stored as string)
      )
        error = {
          code: 'missing_reference',
          entity: kind,
          field,
          message: `${kind} ${id}: ${field} ${String(stored)} does not exist`,
        }
    }
    if (error) problems.push({ kind, id, error })
  }
  return problems
}

/** Checks every entity of a document; see {@link validateEntity}. */
export function validateBoard(doc: Y.Doc): BoardProblem[] {
  const problems: BoardProblem[] = []
  for (const kind of ENTITY_KINDS)
    for (const id of entityRoot(doc, kind).keys()) problems.push(...validateEntity(doc, kind, id))
  return problems
}
