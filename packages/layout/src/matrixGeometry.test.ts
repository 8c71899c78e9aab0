import { matrixCell } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import {
  MATRIX_HEIGHT,
  MATRIX_WIDTH,
  clampToMatrix,
  matrixCellRect,
  matrixRegion,
  positionToScores,
  scoresToPosition,
} from './matrixGeometry'

describe('matrix geometry', () => {
  it('puts high importance at the top and high substitutability on the left', () => {
    expect(MATRIX_WIDTH).toBe(1200)
    expect(MATRIX_HEIGHT).toBe(700)
    expect(scoresToPosition({ importance: 1, substitutability: 1 })).toEqual({ x: 0, y: 0 })
    expect(scoresToPosition({ importance: 0, substitutability: 0 })).toEqual({ x: 1200, y: 700 })
    expect(
      scoresToPosition({ importance: 0.5, substitutability: 0.25 }, { width: 100, height: 10 }),
    ).toEqual({ x: 75, y: 5 })
  })

  it('turns positions back into the same scores, rounded, and clamps outside points', () => {
    const scores = { importance: 0.8123, substitutability: 0.1 }
    expect(positionToScores(scoresToPosition(scores))).toEqual(scores)
    expect(positionToScores({ x: -50, y: 9999 })).toEqual({ importance: 0, substitutability: 1 })
    expect(clampToMatrix({ x: Number.NaN, y: 2000 })).toEqual({ x: 0, y: 700 })
  })

  it('gives each cell its quarter, the middle line to the high side', () => {
    expect(matrixCellRect('high-low')).toEqual({ x: 600, y: 0, width: 600, height: 350 })
    expect(matrixCellRect('low-high')).toEqual({ x: 0, y: 350, width: 600, height: 350 })
    // Exactly 0.5 is high, as in the model's matrixCell.
    const middle = { importance: 0.5, substitutability: 0.5 }
    expect(matrixCell(0.5, 0.5)).toBe('high-high')
    expect(matrixRegion(middle)).toEqual(matrixCellRect('high-high'))
    const p = scoresToPosition(middle)
    const r = matrixRegion(middle)
    expect(p.x).toBeLessThanOrEqual(r.x + r.width)
    expect(p.y).toBeLessThanOrEqual(r.y + r.height)
    expect(matrixRegion({ importance: 0.4999, substitutability: 0.4999 })).toEqual(
      matrixCellRect('low-low'),
    )
  })
})
