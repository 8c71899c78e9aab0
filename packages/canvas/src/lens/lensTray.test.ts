import { MATRIX_HEIGHT, lensToPosition } from '@samkart/layout'
import { type Actor, actorSpec } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import { LENS_TRAY, isPlacedInLens, lensAnchor, lensCardRegion } from './lensTray'

const ACTOR: Actor = { id: 'a1', ...actorSpec.defaults }

describe('lensTray', () => {
  it('keeps actors nobody placed on the lens in the tray beside it', () => {
    const unplaced = { ...ACTOR, interest: 0.5, influence: 0.5 }
    expect(isPlacedInLens(unplaced)).toBe(false)
    const anchor = lensAnchor(unplaced)
    expect(lensCardRegion(anchor)).toBe(LENS_TRAY)
    expect(anchor.x).toBeLessThan(0)
  })

  it('puts a placed actor at its scores, in the quadrant of them', () => {
    const placed = { ...ACTOR, interest: 0.8, influence: 0.2 }
    expect(isPlacedInLens(placed)).toBe(true)
    expect(lensAnchor(placed)).toEqual(lensToPosition(placed))
    expect(lensCardRegion(lensAnchor(placed))).toMatchObject({ y: MATRIX_HEIGHT / 2 })
  })
})
