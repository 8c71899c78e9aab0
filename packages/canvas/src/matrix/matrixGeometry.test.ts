import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clampToMatrix, positionToScores, scoresToPosition } from './matrixGeometry'

const size = { width: 1000, height: 500 }

describe('matrix geometry', () => {
  it('puts high importance at the top and high substitutability on the left', () => {
    expect(scoresToPosition({ importance: 1, substitutability: 1 }, size)).toEqual({ x: 0, y: 0 })
    expect(scoresToPosition({ importance: 1, substitutability: 0 }, size)).toEqual({
      x: 1000,
      y: 0,
    })
    expect(scoresToPosition({ importance: 0, substitutability: 1 }, size)).toEqual({
      x: 0,
      y: 500,
    })
    expect(scoresToPosition({ importance: 0.75, substitutability: 0.25 }, size)).toEqual({
      x: 750,
      y: 125,
    })
  })

  it('clamps positions and scores to the matrix', () => {
    expect(clampToMatrix({ x: -20, y: 900 }, size)).toEqual({ x: 0, y: 500 })
    expect(clampToMatrix({ x: Number.NaN, y: 10 }, size)).toEqual({ x: 0, y: 10 })
    expect(positionToScores({ x: 2000, y: -5 }, size)).toEqual({
      importance: 1,
      substitutability: 0,
    })
    expect(scoresToPosition({ importance: 3, substitutability: -1 }, size)).toEqual({
      x: 1000,
      y: 0,
    })
  })

  it('round-trips scores through positions (to 4 decimals)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (importance, substitutability) => {
          const back = positionToScores(
            scoresToPosition({ importance, substitutability }, size),
            size,
          )
          expect(back.importance).toBeCloseTo(importance, 4)
          expect(back.substitutability).toBeCloseTo(substitutability, 4)
        },
      ),
    )
  })

  it('always yields scores within 0..1', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (x, y) => {
        const s = positionToScores({ x, y }, size)
        expect(s.importance).toBeGreaterThanOrEqual(0)
        expect(s.importance).toBeLessThanOrEqual(1)
        expect(s.substitutability).toBeGreaterThanOrEqual(0)
        expect(s.substitutability).toBeLessThanOrEqual(1)
      }),
    )
  })
})
