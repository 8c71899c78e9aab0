import type { Actor } from '@samkart/model'
import { MATRIX_SIZE, type MatrixSize, clamp, round4 } from './matrixGeometry'
import type { Point, Rect } from './Rect'

/**
 * The interest × influence lens in flow coordinates: interest runs left to right (low → high),
 * influence bottom to top (low → high). The plane has the matrix's size by default, so both
 * views fit the screen the same way and feel the same.
 */

/** Interest and influence, each 0..1: the lens's two axes. */
export interface LensScores {
  interest: number
  influence: number
}

/** One quadrant of the lens, named by influence then interest (`high-low`: keep satisfied). */
export type LensQuadrant = 'high-high' | 'high-low' | 'low-high' | 'low-low'

/** Scores at or above this count as high, as in the matrix: the boundary is on the high side. */
export const LENS_HIGH = 0.5

/** Where a card with these lens scores sits. */
export function lensToPosition(scores: LensScores, size: MatrixSize = MATRIX_SIZE): Point {
  return {
    x: clamp(scores.interest, 0, 1) * size.width,
    y: (1 - clamp(scores.influence, 0, 1)) * size.height,
  }
}

/** The scores a lens position stands for; outside the plane counts as its edge. */
export function positionToLens(point: Point, size: MatrixSize = MATRIX_SIZE): LensScores {
  return {
    interest: round4(clamp(point.x / size.width, 0, 1)),
    influence: round4(clamp(1 - point.y / size.height, 0, 1)),
  }
}

/** Keeps a card's centre on the lens plane. */
export function clampToLens(point: Point, size: MatrixSize = MATRIX_SIZE): Point {
  return { x: clamp(point.x, 0, size.width), y: clamp(point.y, 0, size.height) }
}

/** The quadrant a pair of lens scores falls in. */
export function lensQuadrant(scores: LensScores): LensQuadrant {
  const influence = clamp(scores.influence, 0, 1) >= LENS_HIGH ? 'high' : 'low'
  const interest = clamp(scores.interest, 0, 1) >= LENS_HIGH ? 'high' : 'low'
  return `${influence}-${interest}`
}

/** The rectangle of one quadrant: high influence is the top half, high interest the right. */
export function lensQuadrantRect(quadrant: LensQuadrant, size: MatrixSize = MATRIX_SIZE): Rect {
  const [influence, interest] = quadrant.split('-') as ['high' | 'low', 'high' | 'low']
  const w = size.width / 2
  const h = size.height / 2
  return { x: interest === 'high' ? w : 0, y: influence === 'high' ? 0 : h, width: w, height: h }
}

/** The quadrant a card with these scores belongs in, as the region `placeCards` keeps it in. */
export function lensRegion(scores: LensScores, size: MatrixSize = MATRIX_SIZE): Rect {
  return lensQuadrantRect(lensQuadrant(scores), size)
}

/** Where the actor stands now. */
export const currentLensPosition = (actor: Actor, size: MatrixSize = MATRIX_SIZE) =>
  lensToPosition({ interest: actor.interest, influence: actor.influence }, size)

/** Where the work wants the actor. */
export const desiredLensPosition = (actor: Actor, size: MatrixSize = MATRIX_SIZE) =>
  lensToPosition({ interest: actor.desiredInterest, influence: actor.desiredInfluence }, size)
