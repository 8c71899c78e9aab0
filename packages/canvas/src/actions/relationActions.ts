import {
  type Relation,
  type RelationInput,
  type Result,
  createRelation,
  deleteRelation,
  updateRelation,
} from '@samkart/model'
import type * as Y from 'yjs'

/** The relation edits the actor map makes; each is one model call, which validates. */
export interface RelationActions {
  /** Creates a relation; the model refuses a self relation or a missing actor. */
  add(input: RelationInput & { source: string; target: string }): Result<string>
  update(id: string, patch: RelationInput): Result<Relation>
  remove(id: string): Result<void>
}

/** Binds the relation edits to one document and this tab's transaction origin. */
export function createRelationActions(doc: Y.Doc, origin: unknown): RelationActions {
  const options = { origin }
  const tidy = <T extends RelationInput>(input: T): T =>
    input.label === undefined ? input : { ...input, label: input.label.trim() }
  return {
    add: (input) => createRelation(doc, tidy(input), options),
    update: (id, patch) => updateRelation(doc, id, tidy(patch), options),
    remove: (id) => deleteRelation(doc, id, options),
  }
}
