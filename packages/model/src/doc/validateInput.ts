import type * as Y from 'yjs'
import { type EntityKind, type FieldSpec, validateField } from '../field'
import { type EntityFields, type EntityTypes, entitySpecs } from '../entities/registry'
import { type ModelError, type Result, fail, ok } from '../result'
import { entityExists } from './entityStore'

/**
 * Validates a full or partial set of fields for entity kind K against the schema and the
 * document: unknown fields are refused, every value must satisfy its spec, and references must
 * name entities that exist now (for an update, pass `current` so that set members already
 * stored are not re-checked). Returns the accepted fields unchanged on success.
 */
export function validateInput<K extends EntityKind>(
  doc: Y.Doc,
  kind: K,
  input: Record<string, unknown>,
  current?: EntityTypes[K],
): Result<Partial<EntityFields<K>>> {
  const specs = entitySpecs[kind].fields as Record<string, FieldSpec>
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined) continue
    const spec = specs[field]
    if (!spec) return fail(unknownField(kind, field))
    const error = validateField(kind, field, spec, value)
    if (error) return fail(error)
    // Members already in a stored set may point at deleted entities (a touchpoint whose owner
    // was deleted); only newly added references must exist.
    const known = (current as Record<string, unknown> | undefined)?.[field]
    const refValue =
      spec.kind === 'set' && Array.isArray(known)
        ? (value as string[]).filter((id) => !known.includes(id))
        : value
    const refError = checkReferences(doc, kind, field, spec, refValue)
    if (refError) return fail(refError)
  }
  const clean: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(input)) if (value !== undefined) clean[field] = value
  return ok(clean as Partial<EntityFields<K>>)
}

function unknownField(kind: EntityKind, field: string): ModelError {
  return { code: 'unknown_field', entity: kind, field, message: `${kind}.${field}: unknown field` }
}

function checkReferences(
  doc: Y.Doc,
  kind: EntityKind,
  field: string,
  spec: FieldSpec,
  value: unknown,
): ModelError | null {
  const targets =
    spec.kind === 'ref' && value !== ''
      ? { entity: spec.entity, ids: [value as string] }
      : spec.kind === 'set' && spec.entity
        ? { entity: spec.entity, ids: value as string[] }
        : null
  if (!targets) return null
  const missing = targets.ids.find((id) => !entityExists(doc, targets.entity, id))
  if (missing === undefined) return null
  return {
    code: 'missing_reference',
    entity: kind,
    field,
    message: `${kind}.${field}: ${targets.entity} ${missing} does not exist`,
    params: { id: missing },
  }
}
