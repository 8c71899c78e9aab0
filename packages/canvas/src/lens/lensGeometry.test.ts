import { describe, expect, it } from 'vitest'
import {
  LENS_HEIGHT,
  LENS_WIDTH,
  actorOfDesired,
  clampToLens,
  desiredNodeId,
  lensToPosition,
  positionToLens,
} from './lensGeometry'

describe('lens geometry', () => {
  it('puts high interest right and high influence at the top', () => {
    expect(lensToPosition({ interest: 1, influence: 1 })).toEqual({ x: LENS_WIDTH, y: 0 })
    expect(lensToPosition({ interest: 0, influence: 0 })).toEqual({ x: 0, y: LENS_HEIGHT })
  })

  it('round-trips and clamps positions outside the plane', () => {
    expect(positionToLens(lensToPosition({ interest: 0.25, influence: 0.7 }))).toEqual({
      interest: 0.25,
      influence: 0.7,
    })
    expect(positionToLens({ x: -50, y: 9999 })).toEqual({ interest: 0, influence: 0 })
    expect(clampToLens({ x: 2000, y: -10 })).toEqual({ x: LENS_WIDTH, y: 0 })
  })

  it('tells desired markers from cards by id', () => {
    expect(actorOfDesired(desiredNodeId('abc'))).toBe('abc')
    expect(actorOfDesired('abc')).toBeNull()
  })
})
