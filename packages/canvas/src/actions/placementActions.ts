import { type Actor, type Result, clamp01, updateActor } from '@samkart/model'
import type * as Y from 'yjs'
import type { Point } from '@samkart/layout'
import { toNetworkCoords } from '@samkart/layout'

/** Interest and influence, each 0..1: the lens's two axes. */
export interface LensScores {
  interest: number
  influence: number
}

/** The position writes of the network view and the interest × influence lens. */
export interface PlacementActions {
  /** The card's free position in the network view. */
  network(id: string, point: Point): Result<Actor>
  /** Where the actor stands now. */
  lens(id: string, scores: LensScores): Result<Actor>
  /** Where the work wants the actor. */
  desired(id: string, scores: LensScores): Result<Actor>
}

const round4 = (value: number) => Math.round(clamp01(value) * 10_000) / 10_000

/** Binds the placement writes to one document and this tab's transaction origin. */
export function createPlacementActions(doc: Y.Doc, origin: unknown): PlacementActions {
  const options = { origin }
  return {
    network: (id, point) => updateActor(doc, id, toNetworkCoords(point), options),
    lens: (id, s) =>
      updateActor(
        doc,
        id,
        { interest: round4(s.interest), influence: round4(s.influence) },
        options,
      ),
    desired: (id, s) =>
      updateActor(
        doc,
        id,
        { desiredInterest: round4(s.interest), desiredInfluence: round4(s.influence) },
        options,
      ),
  }
}
