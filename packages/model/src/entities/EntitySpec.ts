import type { EntityKind, FieldSpec, FieldValue } from '../field'

/** Every stored entity carries its own id as well as being keyed by it. */
export interface EntityBase {
  id: string
}

/**
 * The schema of one entity kind: the root map it lives in, the spec and default of every
 * field. Typed against the entity interface so the two cannot drift apart.
 */
export interface EntitySpec<T extends EntityBase> {
  kind: EntityKind
  /** Name of the root `Y.Map` that holds this kind, keyed by id. */
  root: string
  fields: { [K in Exclude<keyof T, 'id'>]: FieldSpec }
  defaults: { [K in Exclude<keyof T, 'id'>]: T[K] & FieldValue }
}
