import { matrixCell } from '@samkart/model'
import {
  MATRIX_HEIGHT,
  MATRIX_WIDTH,
  type MatrixSize,
  type Point,
  positionToScores,
} from './matrixGeometry'

/**
 * How far a snapped card's centre stays from its cell's edges: half a card and a margin, so the
 * whole card sits inside the cell, clear of the cross where its category would be hard to read.
 */
export const CELL_INSET: Point = { x: 130, y: 60 }
/** Two card centres closer than this on both axes count as stacked (one hides the other's name). */
export const MIN_APART: Point = { x: 56, y: 48 }
/** How far out the search for a free spot goes, in steps of {@link MIN_APART}. */
const MAX_RINGS = 6

const DEFAULT_SIZE: MatrixSize = { width: MATRIX_WIDTH, height: MATRIX_HEIGHT }

/** The inner area of the cell `point` is in, where snapped cards may sit. */
export function cellInnerArea(point: Point, size: MatrixSize = DEFAULT_SIZE) {
  const scores = positionToScores(point, size)
  const [importance, substitutability] = matrixCell(
    scores.importance,
    scores.substitutability,
  ).split('-')
  // High importance is the top half; high substitutability the left half (see matrixGeometry).
  const left = substitutability === 'high' ? 0 : size.width / 2
  const top = importance === 'high' ? 0 : size.height / 2
  return {
    minX: left + CELL_INSET.x,
    maxX: left + size.width / 2 - CELL_INSET.x,
    minY: top + CELL_INSET.y,
    maxY: top + size.height / 2 - CELL_INSET.y,
  }
}

const stacked = (a: Point, b: Point) =>
  Math.abs(a.x - b.x) < MIN_APART.x && Math.abs(a.y - b.y) < MIN_APART.y

/** Grid offsets at ring `r` (max(|i|,|j|) = r), nearest first, in a fixed order. */
function ring(r: number): [number, number][] {
  const out: [number, number][] = []
  for (let j = -r; j <= r; j++)
    for (let i = -r; i <= r; i++) if (Math.max(Math.abs(i), Math.abs(j)) === r) out.push([i, j])
  return out.sort((a, b) => a[0] ** 2 + a[1] ** 2 - (b[0] ** 2 + b[1] ** 2))
}

/**
 * Where a card dropped at `point` lands with «Fest kort til ruta» on: pulled into the inner area
 * of the cell it was dropped in (so its category is the one the user chose by dropping), and,
 * if another card already sits there, moved to the nearest free spot in that area so the two
 * do not stack. If the area is full, the pulled-in point is used anyway.
 */
export function snapToCell(
  point: Point,
  occupied: readonly Point[],
  size: MatrixSize = DEFAULT_SIZE,
): Point {
  const area = cellInnerArea(point, size)
  const clamp = (p: Point): Point => ({
    x: Math.min(area.maxX, Math.max(area.minX, p.x)),
    y: Math.min(area.maxY, Math.max(area.minY, p.y)),
  })
  const start = clamp(point)
  const free = (p: Point) => !occupied.some((o) => stacked(o, p))
  if (free(start)) return start
  for (let r = 1; r <= MAX_RINGS; r++) {
    for (const [i, j] of ring(r)) {
      const candidate = { x: start.x + i * MIN_APART.x, y: start.y + j * MIN_APART.y }
      const inside =
        candidate.x >= area.minX &&
        candidate.x <= area.maxX &&
        candidate.y >= area.minY &&
        candidate.y <= area.maxY
      if (inside && free(candidate)) return candidate
    }
  }
  return start
}

/** A dropped card: its id and where the pointer let go of it. */
export interface Drop {
  id: string
  position: Point
}

/**
 * Snaps every card of one drop (a multi-selection moves together), each away from the cards
 * that stayed put and from the ones snapped before it.
 */
export function snapDrops(
  drops: readonly Drop[],
  others: readonly Point[],
  size: MatrixSize = DEFAULT_SIZE,
): Drop[] {
  const occupied = [...others]
  return drops.map((drop) => {
    const position = snapToCell(drop.position, occupied, size)
    occupied.push(position)
    return { id: drop.id, position }
  })
}
