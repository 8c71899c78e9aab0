/**
 * The aktørkart matrix in flow coordinates. Importance runs up (high at the top) and
 * substitutability runs left to right from HIGH to LOW, as in the source table (Tabell 15), so
 * «Viktig» (high importance, low substitutability) is the top-right cell.
 *
 * A card's position is its centre (the canvas uses `nodeOrigin` [0.5, 0.5]), so a card's
 * position and its scores are the same fact in two units.
 */

/** Width of the matrix in flow units. */
export const MATRIX_WIDTH = 1000
/** Height of the matrix in flow units. */
export const MATRIX_HEIGHT = 680

/** The two judgements the matrix plots, each 0..1. */
export interface Scores {
  importance: number
  substitutability: number
}

/** A point in flow coordinates. */
export interface Point {
  x: number
  y: number
}

/** Matrix dimensions; a parameter so tests can use round numbers. */
export interface MatrixSize {
  width: number
  height: number
}

const DEFAULT_SIZE: MatrixSize = { width: MATRIX_WIDTH, height: MATRIX_HEIGHT }

const clamp = (value: number, min: number, max: number) =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min

/**
 * Scores are rounded to 4 decimals: far finer than anyone can place a card, and it keeps the
 * numbers written to the shared document short.
 */
const round4 = (value: number) => Math.round(value * 10_000) / 10_000

/** Where a card with these scores sits: x = (1 − substitutability)·W, y = (1 − importance)·H. */
export function scoresToPosition(scores: Scores, size: MatrixSize = DEFAULT_SIZE): Point {
  return {
    x: (1 - clamp(scores.substitutability, 0, 1)) * size.width,
    y: (1 - clamp(scores.importance, 0, 1)) * size.height,
  }
}

/** The scores a position stands for; positions outside the matrix count as its edge. */
export function positionToScores(point: Point, size: MatrixSize = DEFAULT_SIZE): Scores {
  const p = clampToMatrix(point, size)
  return {
    importance: round4(1 - p.y / size.height),
    substitutability: round4(1 - p.x / size.width),
  }
}

/** Keeps a card's centre inside the matrix, so every card has valid scores. */
export function clampToMatrix(point: Point, size: MatrixSize = DEFAULT_SIZE): Point {
  return { x: clamp(point.x, 0, size.width), y: clamp(point.y, 0, size.height) }
}
