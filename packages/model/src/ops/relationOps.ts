import type * as Y from 'yjs'
import type { Relation } from '../entities/Relation'
import type { EntityFields } from '../entities/registry'
import type { Result } from '../result'
import { entityExists, readEntities } from '../doc/entityStore'
import { type WriteOptions, createEntity, deleteEntity, updateEntity } from './entityOps'

/** Fields accepted when creating or updating a relation. */
export type RelationInput = Partial<EntityFields<'relation'>>

/** Creates a relation between two existing, different actors. */
export function createRelation(
  doc: Y.Doc,
  input: RelationInput & { source: string; target: string; id?: string },
  options?: WriteOptions,
): Result<string> {
  return createEntity(doc, 'relation', input, options)
}

/** Changes fields of a relation. */
export function updateRelation(
  doc: Y.Doc,
  id: string,
  patch: RelationInput,
  options?: WriteOptions,
): Result<Relation> {
  return updateEntity(doc, 'relation', id, patch, options)
}

/** Deletes a relation. */
export function deleteRelation(doc: Y.Doc, id: string, options?: WriteOptions): Result<void> {
  return deleteEntity(doc, 'relation', id, options)
}

/**
 * Relations whose both endpoints exist. A relation drawn to an actor that someone else deleted
 * at the same moment survives the merge in the CRDT; readers never show it.
 */
export function readRelations(doc: Y.Doc): Relation[] {
  return readEntities(doc, 'relation').filter(
    (r) => entityExists(doc, 'actor', r.source) && entityExists(doc, 'actor', r.target),
  )
}
