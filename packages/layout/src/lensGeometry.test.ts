import { describe, expect, it } from 'vitest'
import {
  lensQuadrant,
  lensQuadrantRect,
  lensRegion,
  lensToPosition,
  positionToLens,
} from './lensGeometry'

describe('lens geometry', () => {
  it('runs interest to the right and influence up, on the matrix-sized plane', () => {
    expect(lensToPosition({ interest: 0, influence: 0 })).toEqual({ x: 0, y: 700 })
    expect(lensToPosition({ interest: 1, influence: 1 })).toEqual({ x: 1200, y: 0 })
    const s = { interest: 0.3333, influence: 0.75 }
    expect(positionToLens(lensToPosition(s))).toEqual(s)
    expect(positionToLens({ x: 5000, y: -3 })).toEqual({ interest: 1, influence: 1 })
  })

  it('splits the plane into quadrants at 0.5, the boundary on the high side', () => {
    expect(lensQuadrant({ interest: 0.5, influence: 0.5 })).toBe('high-high')
    expect(lensQuadrant({ interest: 0.49, influence: 0.9 })).toBe('high-low')
    expect(lensQuadrantRect('high-high')).toEqual({ x: 600, y: 0, width: 600, height: 350 })
    expect(lensRegion({ interest: 0.1, influence: 0.1 })).toEqual({
      x: 0,
      y: 350,
      width: 600,
      height: 350,
    })
  })
})
