import {
  type Actor,
  type ActorInput,
  type Result,
  createActor,
  deleteActor,
  type MatrixCell,
  moveActor,
  readActors,
  updateActor,
} from '@samkart/model'
import type * as Y from 'yjs'
import {
  DEFAULT_PLACEMENT,
  MATRIX_HEIGHT,
  MATRIX_WIDTH,
  type Scores,
  freeSpot,
  matrixCellRect,
  matrixRegion,
  placeCards,
  positionToScores,
  scoresToPosition,
} from '@samkart/layout'

/** What a suggestion from Enhetsregisteret adds to a new actor besides its name. */
export type RegistryFields = Pick<Actor, 'orgNumber' | 'level' | 'kind'>

/** The edits the actor map makes; each is one model call, so validation lives in the model. */
export interface ActorActions {
  /**
   * Creates an actor on a free spot near the middle of the matrix, with the organisation
   * number, level and kind of a register entry if one was chosen; returns its id.
   */
  add(name: string, registry?: RegistryFields): Result<string>
  rename(id: string, name: string): Result<Actor>
  /** Changes any fields (the details panel); the model validates each. */
  update(id: string, patch: ActorInput): Result<Actor>
  /** Creates an actor from complete fields (duplicating); returns its id. */
  create(input: ActorInput): Result<string>
  move(id: string, scores: Scores): Result<Actor>
  remove(id: string): Result<void>
}

const CELLS: readonly MatrixCell[] = ['high-high', 'high-low', 'low-high', 'low-low']
/** New cards start in the upper-left «Moderat» cell, as close to the middle as there is room. */
const SPAWN_CELL = matrixCellRect('high-high')
const MIDDLE = { x: MATRIX_WIDTH / 2, y: MATRIX_HEIGHT / 2 }

/**
 * Where a new card goes: the free spot nearest the middle of the map inside the upper-left
 * «Moderat» cell (not on the cross, where its category would be a coin toss), found among the
 * cards as they are drawn, so a card added lands beside the others, never on one, however many
 * are added in a row. The workshop then drags it to where it belongs.
 */
export function spawnScores(doc: Y.Doc): Scores {
  const items = readActors(doc).map((actor) => ({
    id: actor.id,
    anchor: scoresToPosition(actor),
    region: matrixRegion(actor),
  }))
  const drawn = placeCards(items, {
    ...DEFAULT_PLACEMENT,
    regions: CELLS.map((c) => matrixCellRect(c)),
  })
  const spot = freeSpot(drawn.values(), MIDDLE, { region: SPAWN_CELL })
  // A full cell: freeSpot answers outside it, which would change the new actor's category.
  // Stay in the cell; the placement then draws the card beside the others, as a chip.
  return positionToScores({
    x: Math.min(SPAWN_CELL.x + SPAWN_CELL.width - 1, Math.max(SPAWN_CELL.x + 1, spot.x)),
    y: Math.min(SPAWN_CELL.y + SPAWN_CELL.height - 1, Math.max(SPAWN_CELL.y + 1, spot.y)),
  })
}

/**
 * Binds the actor edits to one document and one transaction origin. The origin marks this tab's
 * own edits, so a later undo manager can track them and leave other people's alone.
 */
export function createActorActions(doc: Y.Doc, origin: unknown): ActorActions {
  const options = { origin }
  return {
    add: (name, registry) =>
      createActor(doc, { ...registry, name: name.trim(), ...spawnScores(doc) }, options),
    rename: (id, name) => updateActor(doc, id, { name: name.trim() }, options),
    update: (id, patch) => updateActor(doc, id, patch, options),
    create: (input) => createActor(doc, input, options),
    move: (id, scores) => moveActor(doc, id, scores, options),
    remove: (id) => deleteActor(doc, id, options),
  }
}
