import type * as Y from 'yjs'
import type { EntityKind } from '../field'
import { entitySpecs } from '../entities/registry'

/** Name of the root map holding board metadata. */
export const META_ROOT = 'meta'

/** Root map holding every entity of one kind, keyed by id; each entity is a nested `Y.Map`. */
export function entityRoot(doc: Y.Doc, kind: EntityKind): Y.Map<Y.Map<unknown>> {
  return doc.getMap(entitySpecs[kind].root)
}

/** The board's metadata map. */
export function metaRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(META_ROOT)
}
