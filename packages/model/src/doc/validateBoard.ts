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
 * Checks a whole document against the schema: every entity is a `Y.Map` whose stored values
 * satisfy their field specs, and single references (`ref` fields) point at existing entities.
 * Sets of references are not checked: a touchpoint keeps its deleted owners by design. An
 * entity left dangling by a concurrent delete is reported so that `pruneDangling` removes it.
 */
export function validateBoard(doc: Y.Doc): BoardProblem[] {
  const problems: BoardProblem[] = []
  for (const kind of ENTITY_KINDS) {
    const specs = entitySpecs[kind].fields as Record<string, FieldSpec>
    entityRoot(doc, kind).forEach((value, id) => {
      if (!(value instanceof Y.Map)) {
        problems.push({
          kind,
          id,
          error: { code: 'invalid_type', entity: kind, message: `${kind} ${id} is not a map` },
        })
        return
      }
      for (const [field, spec] of Object.entries(specs)) {
        const stored = value.get(field)
        if (stored === undefined) continue // missing fields read as defaults
        const plain =
          spec.kind === 'set' ? (stored instanceof Y.Map ? [...stored.keys()] : stored) : stored
        const error = validateField(kind, field, spec, plain)
        if (error) problems.push({ kind, id, error })
      }
      for (const [field, spec] of Object.entries(specs)) {
        if (spec.kind !== 'ref') continue
        const target = value.get(field)
        if (typeof target === 'string' && target !== '' && !entityExists(doc, spec.entity, target))
          problems.push({
            kind,
            id,
            error: {
              code: 'missing_reference',
              entity: kind,
              field,
              message: `${kind} ${id}: ${field} ${target} does not exist`,
            },
          })
      }
    })
  }
  return problems
}
