import { isValidId } from './ids'
import { isValidOrgNumber } from './orgNumber'
import type { ModelError } from './result'

/** The kinds of entity a board holds; each has a root `Y.Map` of the same plural name. */
export type EntityKind =
  | 'actor'
  | 'relation'
  | 'journey'
  | 'phase'
  | 'touchpoint'
  | 'savedView'
  | 'note'
  | 'comment'
  | 'lane'
  | 'laneItem'
  | 'persona'
  | 'infoItem'

/**
 * How one field of an entity is stored and validated. Every field is a plain value in the
 * entity's `Y.Map`, except `set`, which is a nested `Y.Map<string, true>` so that concurrent
 * additions and removals of members merge instead of overwriting each other.
 */
export type FieldSpec =
  | { kind: 'text'; max: number; required?: boolean }
  | { kind: 'number'; min: number; max: number; integer?: boolean }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'boolean' }
  | { kind: 'orgNumber' }
  | {
      kind: 'ref'
      entity: EntityKind
      required?: boolean
      /**
       * A link, not a belonging: a dangling weak reference reads as none, is not a board
       * problem and does not make `pruneDangling` delete its holder. It must still name an
       * existing entity when written.
       */
      weak?: boolean
    }
  | { kind: 'order' }
  | { kind: 'set'; entity?: EntityKind; maxItems: number; maxLength?: number }

/** A field value as the model's API sees it (sets are arrays, sorted). */
export type FieldValue = string | number | boolean | string[]

function fieldError(
  entity: string,
  field: string,
  code: ModelError['code'],
  message: string,
  params?: ModelError['params'],
): ModelError {
  return {
    code,
    entity,
    field,
    message: `${entity}.${field}: ${message}`,
    ...(params ? { params } : {}),
  }
}

/**
 * Validates one value against its spec. Returns `null` when valid. Reference existence is
 * checked separately (it needs the document); here a ref only has to look like an id.
 */
export function validateField(
  entity: EntityKind | 'board',
  field: string,
  spec: FieldSpec,
  value: unknown,
): ModelError | null {
  // Errors are built by a module-level function rather than a closure made per call: this runs
  // for every field of every update the server checks.
  switch (spec.kind) {
    case 'text': {
      if (typeof value !== 'string')
        return fieldError(entity, field, 'invalid_type', 'must be text')
      if (spec.required && value.trim() === '')
        return fieldError(entity, field, 'required', 'is required')
      if (value.length > spec.max)
        return fieldError(entity, field, 'too_long', `is longer than ${spec.max} characters`, {
          max: spec.max,
        })
      return null
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return fieldError(entity, field, 'invalid_type', 'must be a finite number')
      if (spec.integer && !Number.isInteger(value))
        return fieldError(entity, field, 'not_integer', 'must be whole')
      if (value < spec.min || value > spec.max)
        return fieldError(
          entity,
          field,
          'out_of_range',
          `must be between ${spec.min} and ${spec.max}`,
          {
            min: spec.min,
            max: spec.max,
          },
        )
      return null
    }
    case 'enum': {
      if (typeof value !== 'string' || !spec.values.includes(value))
        return fieldError(
          entity,
          field,
          'invalid_enum',
          `must be one of ${spec.values.join(', ')}`,
          {
            allowed: spec.values.join(', '),
          },
        )
      return null
    }
    case 'boolean':
      return typeof value === 'boolean'
        ? null
        : fieldError(entity, field, 'invalid_type', 'must be true or false')
    case 'orgNumber': {
      if (typeof value !== 'string')
        return fieldError(entity, field, 'invalid_type', 'must be text')
      if (value === '') return null
      return isValidOrgNumber(value)
        ? null
        : fieldError(
            entity,
            field,
            'invalid_org_number',
            'must be 9 digits with a valid modulus-11 check digit',
          )
    }
    case 'ref': {
      if (value === '' && !spec.required) return null
      return isValidId(value)
        ? null
        : fieldError(entity, field, 'required', 'must name an existing entity')
    }
    case 'order':
      return typeof value === 'string' && /^[0-9A-Za-z]{1,64}$/.test(value)
        ? null
        : fieldError(entity, field, 'invalid_type', 'must be an order key')
    case 'set': {
      if (!Array.isArray(value)) return fieldError(entity, field, 'invalid_type', 'must be a list')
      if (value.length > spec.maxItems)
        return fieldError(entity, field, 'too_many', `holds more than ${spec.maxItems} items`, {
          max: spec.maxItems,
        })
      for (const item of value) {
        if (typeof item !== 'string' || item === '')
          return fieldError(entity, field, 'invalid_type', 'must hold non-empty text')
        if (spec.entity && !isValidId(item))
          return fieldError(entity, field, 'invalid_type', 'must hold ids')
        if (spec.maxLength !== undefined && item.length > spec.maxLength)
          return fieldError(
            entity,
            field,
            'too_long',
            `has an item longer than ${spec.maxLength} characters`,
            {
              max: spec.maxLength,
            },
          )
      }
      return null
    }
  }
}
