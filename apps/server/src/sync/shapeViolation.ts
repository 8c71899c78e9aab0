import * as Y from 'yjs'
import {
  BOARD_ROOTS,
  type EntityKind,
  type FieldSpec,
  type RootShape,
  entitySpecs,
  validateField,
} from '@samkart/model'
import { type MapEntry, type RootNames, type YType, mapEntry, pathFromRoot } from './yPath'

/**
 * Whether a transaction stored anything outside the board's schema (`BOARD_ROOTS` in the
 * model, docs/doc-schema.md): a root the schema does not have, list content (a board holds no
 * arrays or texts), a key a root or entity does not have, a nested type where the schema wants
 * a plain value or a plain value where it wants a set (a nested `Y.Map` of `true`), or a
 * value of the wrong type under a plain key. Returns why, or `null`.
 *
 * Yjs reports in `tr.changed` only the types that existed before the transaction, so a new
 * entity or set is checked here as a whole when the key holding it changes. The field values'
 * rules (ranges, lengths, references) are the model's `validateEntity`, run by the guard on
 * the entities an update touched; this only makes sure nothing else is stored.
 */
export function shapeViolation(tr: Y.Transaction, rootNames: RootNames): string | null {
  for (const [changed, keys] of tr.changed) {
    const type = changed as YType
    const path = pathFromRoot(type)
    if (!path) return 'content inside a list: a board holds no lists'
    const name = rootNames.of(path.root)
    const shape = name === undefined ? undefined : BOARD_ROOTS.get(name)
    if (name === undefined || !shape) return `root ${quote(name ?? '?')} is not part of a board`
    for (const key of keys) {
      if (key === null) return `${name}: list content where the board has a map`
      const problem = entryProblem(shape, name, path.keys, key, mapEntry(type, key))
      if (problem) return problem
    }
  }
  return null
}

/** Where a problem is, for its message; built only when there is one (this runs per update). */
type Where = () => string

/** The problem with `key` of the type at `path` under root `name`, or `null`. */
function entryProblem(
  shape: RootShape,
  name: string,
  path: readonly string[],
  key: string,
  entry: MapEntry,
): string | null {
  const where: Where = () => [name, ...path, key].map(quoteKey).join('.')
  switch (shape.type) {
    case 'values': {
      if (path.length > 0) return `${where()}: ${name} holds plain values only`
      const spec = shape.field(key)
      if (!spec) return entry.present ? `${where()} is not part of a board` : null
      return entry.present ? plainProblem(where, spec, entry.value) : null
    }
    case 'entities': {
      if (path.length === 0)
        return entry.present ? entityShape(where, shape.kind, entry.value) : null
      const fields = entitySpecs[shape.kind].fields as Record<string, FieldSpec>
      const field = path.length === 1 ? key : path[1]!
      const spec = Object.hasOwn(fields, field) ? fields[field] : undefined
      if (path.length === 1)
        return entry.present ? fieldShape(where, field, spec, entry.value) : null
      if (path.length === 2 && spec?.kind === 'set')
        return entry.present && entry.value !== true
          ? `${where()}: a set member must be true`
          : null
      return `${where()} is not part of a board`
    }
    default: {
      const unreachable: never = shape
      throw new Error(`unknown root shape ${JSON.stringify(unreachable)}`)
    }
  }
}

/** A whole entity as stored under its id: a `Y.Map` of known fields, each in its shape. */
function entityShape(where: Where, kind: EntityKind, value: unknown): string | null {
  if (!(value instanceof Y.Map)) return `${where()} is not a map: a ${kind} is a map of fields`
  if (value._start !== null) return `${where()}: list content in a ${kind}`
  const fields = entitySpecs[kind].fields as Record<string, FieldSpec>
  for (const [field, item] of value._map) {
    if (item.deleted) continue
    const spec = Object.hasOwn(fields, field) ? fields[field] : undefined
    const inner = () => `${where()}.${quoteKey(field)}`
    const problem = fieldShape(inner, field, spec, itemValue(item))
    if (problem) return problem
  }
  return null
}

/** One field of an entity: `id` is text, a set is a `Y.Map` of `true`, the rest plain values. */
function fieldShape(
  where: Where,
  field: string,
  spec: FieldSpec | undefined,
  value: unknown,
): string | null {
  if (field === 'id') return typeof value === 'string' ? null : `${where()}: must be text`
  if (!spec) return `${where()} is not part of a board`
  if (spec.kind !== 'set')
    return isPlain(value) ? null : `${where()}: must be a plain value, not ${describe(value)}`
  if (!(value instanceof Y.Map)) return `${where()}: a set must be a map of members`
  if (value._start !== null) return `${where()}: list content in a set`
  for (const member of value.values())
    if (member !== true) return `${where()}: a set member must be true`
  return null
}

/** A plain value under a key of `meta` or `dangerSignals`, checked against its spec. */
function plainProblem(where: Where, spec: FieldSpec, value: unknown): string | null {
  if (!isPlain(value)) return `${where()}: must be a plain value, not ${describe(value)}`
  const error = validateField('board', 'value', spec, value)
  // The model's message starts with `board.value: `; the place is said here instead.
  return error ? `${where()}: ${error.message.slice('board.value: '.length)}` : null
}

const isPlain = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'

const itemValue = (item: { content: { getContent(): unknown[] }; length: number }) =>
  item.content.getContent()[item.length - 1]

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (value instanceof Y.AbstractType) return `a ${value.constructor.name}`
  return Array.isArray(value) ? 'a list' : typeof value
}

/** A name for a close reason: hostile names may hold control characters or be long. */
function quote(name: string): string {
  return JSON.stringify(name.slice(0, 40))
}

function quoteKey(key: string): string {
  return /^[\w/-]{1,64}$/.test(key) ? key : quote(key)
}
