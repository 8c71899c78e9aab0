import {
  type Actor,
  type ActorInput,
  type Result,
  createActor,
  deleteActor,
  entityRoot,
  moveActor,
  updateActor,
} from '@samkart/model'
import type * as Y from 'yjs'
import type { Scores } from '@samkart/layout'

/** The edits the actor map makes; each is one model call, so validation lives in the model. */
export interface ActorActions {
  /** Creates an actor near the middle of the matrix; returns its id. */
  add(name: string): Result<string>
  rename(id: string, name: string): Result<Actor>
  /** Changes any fields (the details panel); the model validates each. */
  update(id: string, patch: ActorInput): Result<Actor>
  /** Creates an actor from complete fields (duplicating); returns its id. */
  create(input: ActorInput): Result<string>
  move(id: string, scores: Scores): Result<Actor>
  remove(id: string): Result<void>
}

/**
 * Where a new card goes: in the upper-left «Moderat» cell near the centre (not on the cross,
 * where its category would be a coin toss), cycling through six slots about a card apart so
 * cards added in a row do not hide each other.
 */
export function spawnScores(existingCount: number): Scores {
  const slot = existingCount % 6
  return {
    importance: 0.6 + (slot % 3) * 0.09,
    substitutability: 0.62 + Math.floor(slot / 3) * 0.17,
  }
}

/**
 * Binds the actor edits to one document and one transaction origin. The origin marks this tab's
 * own edits, so a later undo manager can track them and leave other people's alone.
 */
export function createActorActions(doc: Y.Doc, origin: unknown): ActorActions {
  const options = { origin }
  return {
    add: (name) =>
      createActor(
        doc,
        { name: name.trim(), ...spawnScores(entityRoot(doc, 'actor').size) },
        options,
      ),
    rename: (id, name) => updateActor(doc, id, { name: name.trim() }, options),
    update: (id, patch) => updateActor(doc, id, patch, options),
    create: (input) => createActor(doc, input, options),
    move: (id, scores) => moveActor(doc, id, scores, options),
    remove: (id) => deleteActor(doc, id, options),
  }
}
