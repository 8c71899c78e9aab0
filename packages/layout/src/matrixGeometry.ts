import { type MatrixCell, matrixCell } from '@samkart/model'
import type { Point, Rect } from './Rect'

/**
 * The aktørkart matrix in flow coordinates. Importance runs up (high at the top) and
 * substitutability runs left to right from HIGH to LOW, as in the source table (Tabell 15), so
 * «Viktig» (high importance, low substitutability) is the top-right cell.
 *
 * A card's position is its centre, so a card's true point and its scores are the same fact in
 * two units. The document stores only scores (0..1); the plane's size is a view size, which is
 * why every function here takes it as a parameter.
 */

/** Width of the matrix in flow units: three full cards side by side per cell. */
export const MATRIX_WIDTH = 1200
/**
 * Height of the matrix in flow units: four full cards stacked per cell. With the cell labels
 * above and below, the whole matrix fits a 1366×768 laptop at a zoom where card names read
 * 12 px or more (19-unit names at about 0.69).
 */
export const MATRIX_HEIGHT = 700

/** The two judgements the matrix plots, each 0..1. */
export interface Scores {
  importance: number
  substitutability: number
}

/** Matrix dimensions; a parameter so tests can use round numbers. */
export interface MatrixSize {
  width: number
  height: number
}

/** The default plane, {@link MATRIX_WIDTH} × {@link MATRIX_HEIGHT}. */
export const MATRIX_SIZE: Readonly<MatrixSize> = { width: MATRIX_WIDTH, height: MATRIX_HEIGHT }

/** Clamps to [min, max]; anything not finite counts as `min`, so no NaN reaches a layout. */
export const clamp = (value: number, min: number, max: number) =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min

/**
 * Scores are rounded to 4 decimals: far finer than anyone can place a card, and it keeps the
 * numbers written to the shared document short.
 */
export const round4 = (value: number) => Math.round(value * 10_000) / 10_000

/** Where a card with these scores sits: x = (1 − substitutability)·W, y = (1 − importance)·H. */
export function scoresToPosition(scores: Scores, size: MatrixSize = MATRIX_SIZE): Point {
  return {
    x: (1 - clamp(scores.substitutability, 0, 1)) * size.width,
    y: (1 - clamp(scores.importance, 0, 1)) * size.height,
  }
}

/** The scores a position stands for; positions outside the matrix count as its edge. */
export function positionToScores(point: Point, size: MatrixSize = MATRIX_SIZE): Scores {
  const p = clampToMatrix(point, size)
  return {
    importance: round4(1 - p.y / size.height),
    substitutability: round4(1 - p.x / size.width),
  }
}

/** Keeps a card's centre inside the matrix, so every card has valid scores. */
export function clampToMatrix(point: Point, size: MatrixSize = MATRIX_SIZE): Point {
  return { x: clamp(point.x, 0, size.width), y: clamp(point.y, 0, size.height) }
}

/**
 * The rectangle of one matrix cell. High importance is the top half, high substitutability the
 * left half. The cells share their middle lines; a score of exactly 0.5 belongs to the high side
 * ({@link matrixRegion}), and placement keeps cards a gap inside each cell, so cards of
 * neighbouring cells never touch.
 */
export function matrixCellRect(cell: MatrixCell, size: MatrixSize = MATRIX_SIZE): Rect {
  const [importance, substitutability] = cell.split('-') as ['high' | 'low', 'high' | 'low']
  const w = size.width / 2
  const h = size.height / 2
  return {
    x: substitutability === 'high' ? 0 : w,
    y: importance === 'high' ? 0 : h,
    width: w,
    height: h,
  }
}

/** The cell a card with these scores belongs in, as the region `placeCards` keeps it inside. */
export function matrixRegion(scores: Scores, size: MatrixSize = MATRIX_SIZE): Rect {
  return matrixCellRect(
    matrixCell(clamp(scores.importance, 0, 1), clamp(scores.substitutability, 0, 1)),
    size,
  )
}
