import type * as Y from 'yjs'
import type { Actor } from '../entities/Actor'
import type { EntityFields } from '../entities/registry'
import { type Result } from '../result'
import { readEntities, readEntity } from '../doc/entityStore'
import { type WriteOptions, createEntity, deleteEntity, updateEntity } from './entityOps'
import { compareNames } from '../compareNames'

/** Fields accepted when creating or updating an actor. */
export type ActorInput = Partial<EntityFields<'actor'>>

/** Creates an actor; `name` is required. */
export function createActor(
  doc: Y.Doc,
  input: ActorInput & { id?: string },
  options?: WriteOptions,
): Result<string> {
  return createEntity(doc, 'actor', input, options)
}

/** Changes fields of an actor. */
export function updateActor(
  doc: Y.Doc,
  id: string,
  patch: ActorInput,
  options?: WriteOptions,
): Result<Actor> {
  return updateEntity(doc, 'actor', id, patch, options)
}

/**
 * Sets an actor's place in the importance × substitutability matrix. Scores are clamped to
 * 0..1 so a drag past the edge pins the card to the edge instead of failing.
 */
export function moveActor(
  doc: Y.Doc,
  id: string,
  scores: { importance: number; substitutability: number },
  options?: WriteOptions,
): Result<Actor> {
  return updateEntity(
    doc,
    'actor',
    id,
    { importance: clamp01(scores.importance), substitutability: clamp01(scores.substitutability) },
    options,
  )
}

/** Deletes an actor together with every relation to or from it. */
export function deleteActor(doc: Y.Doc, id: string, options?: WriteOptions): Result<void> {
  return deleteEntity(doc, 'actor', id, options)
}

/** One actor, or `undefined`. */
export function readActor(doc: Y.Doc, id: string): Actor | undefined {
  return readEntity(doc, 'actor', id)
}

/** Every actor, sorted by name (then id) for stable lists. */
export function readActors(doc: Y.Doc): Actor[] {
  return readEntities(doc, 'actor').sort(
    (a, b) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

/** Clamps to 0..1; NaN becomes 0. */
export function clamp01(value: number): number {
  if (!(value > 0)) return 0
  return value > 1 ? 1 : value
}
