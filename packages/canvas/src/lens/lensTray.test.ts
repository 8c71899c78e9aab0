import { CARD_FULL, CARD_GAP, MATRIX_HEIGHT, lensToPosition } from '@samkart/layout'
import { type Actor, actorSpec } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import {
  LENS_TRAY,
  TRAY_SLOTS,
  isPlacedInLens,
  lensAnchor,
  lensCardRegion,
  traySlot,
} from './lensTray'

const ACTOR: Actor = { id: 'a1', ...actorSpec.defaults }

describe('lensTray', () => {
  it('keeps actors nobody placed on the lens in the tray beside it', () => {
    const unplaced = { ...ACTOR, interest: 0.5, influence: 0.5 }
    expect(isPlacedInLens(unplaced)).toBe(false)
    const anchor = lensAnchor(unplaced, 3)
    expect(anchor).toEqual(traySlot(3))
    expect(lensCardRegion(anchor)).toBe(LENS_TRAY)
    expect(anchor.x).toBeLessThan(0)
  })

  it('puts a placed actor at its scores, in the quadrant of them', () => {
    const placed = { ...ACTOR, interest: 0.8, influence: 0.2 }
    expect(isPlacedInLens(placed)).toBe(true)
    expect(lensAnchor(placed, 3)).toEqual(lensToPosition(placed))
    expect(lensCardRegion(lensAnchor(placed, 0))).toMatchObject({ y: MATRIX_HEIGHT / 2 })
  })

  it('lays the tray out in two columns of whole cards that stay inside it and never overlap', () => {
    const slots = Array.from({ length: TRAY_SLOTS }, (_, i) => traySlot(i))
    expect(TRAY_SLOTS).toBeGreaterThanOrEqual(16)
    expect(new Set(slots.map((s) => s.x)).size).toBe(2)
    for (const [i, s] of slots.entries()) {
      expect(s.x - CARD_FULL.width / 2).toBeGreaterThanOrEqual(LENS_TRAY.x)
      expect(s.x + CARD_FULL.width / 2).toBeLessThanOrEqual(LENS_TRAY.x + LENS_TRAY.width)
      expect(s.y - CARD_FULL.height / 2).toBeGreaterThanOrEqual(LENS_TRAY.y)
      expect(s.y + CARD_FULL.height / 2).toBeLessThanOrEqual(LENS_TRAY.y + LENS_TRAY.height)
      for (const t of slots.slice(i + 1)) {
        const apart =
          Math.abs(s.x - t.x) >= CARD_FULL.width + CARD_GAP ||
          Math.abs(s.y - t.y) >= CARD_FULL.height + CARD_GAP
        expect(apart).toBe(true)
      }
    }
    // Row by row: the first two side by side at the top, the third under the first.
    expect(slots[0]!.y).toBe(slots[1]!.y)
    expect(slots[2]!.x).toBe(slots[0]!.x)
    expect(slots[2]!.y).toBeGreaterThan(slots[0]!.y)
    // Past the last slot the placement takes over from the last one.
    expect(traySlot(TRAY_SLOTS + 5)).toEqual(slots.at(-1))
  })
})
