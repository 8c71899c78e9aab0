import type { Actor } from '@samkart/model'
import type { LensScores } from '../actions/placementActions'
import { MATRIX_HEIGHT, MATRIX_WIDTH, type Point } from '../matrix/matrixGeometry'

/** The lens plane has the matrix's size, so both views fit and feel the same. */
export const LENS_WIDTH = MATRIX_WIDTH
export const LENS_HEIGHT = MATRIX_HEIGHT

/** Prefix of the desired-position markers' node ids: `desired:<actor id>`. */
export const DESIRED_PREFIX = 'desired:'
export const desiredNodeId = (actorId: string) => `${DESIRED_PREFIX}${actorId}`
/** The actor id of a desired marker's node id, or `null` for any other node. */
export const actorOfDesired = (nodeId: string) =>
  nodeId.startsWith(DESIRED_PREFIX) ? nodeId.slice(DESIRED_PREFIX.length) : null

const clamp01 = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0)
const round4 = (v: number) => Math.round(v * 10_000) / 10_000

/** Interest runs left to right (low → high), influence bottom to top (low → high). */
export function lensToPosition(scores: LensScores): Point {
  return {
    x: clamp01(scores.interest) * LENS_WIDTH,
    y: (1 - clamp01(scores.influence)) * LENS_HEIGHT,
  }
}

/** The scores a lens position stands for; outside the plane counts as its edge. */
export function positionToLens(point: Point): LensScores {
  return {
    interest: round4(clamp01(point.x / LENS_WIDTH)),
    influence: round4(clamp01(1 - point.y / LENS_HEIGHT)),
  }
}

/** Keeps a card's centre on the lens plane. */
export function clampToLens(point: Point): Point {
  return lensToPosition(positionToLens(point))
}

/** Where the actor stands now, and where the work wants it. */
export const currentLensPosition = (actor: Actor) =>
  lensToPosition({ interest: actor.interest, influence: actor.influence })
export const desiredLensPosition = (actor: Actor) =>
  lensToPosition({ interest: actor.desiredInterest, influence: actor.desiredInfluence })
