import { describe, expect, it } from 'vitest'
import { CARD_FULL, CARD_GAP, POSITION_TOLERANCE } from './cardSizes'
import { freeSpot } from './freeSpot'
import { matrixRegion, positionToScores, scoresToPosition } from './matrixGeometry'
import { placeCards } from './placeCards'
import { regionCapacity } from './placementBound'
import type { PlacementItem } from './placementInput'
import { boxesOverlap } from './Rect'

const noOverlap = (cards: { x: number; y: number; width: number; height: number }[]) =>
  cards.every((a, i) =>
    cards.every((b, j) => j <= i || !boxesOverlap(a, b, CARD_GAP - POSITION_TOLERANCE)),
  )

describe('freeSpot', () => {
  it('returns the preferred point on an empty board', () => {
    expect(freeSpot([], { x: 12, y: 34 })).toEqual({ x: 12, y: 34 })
    expect(freeSpot([], { x: Number.NaN, y: 5 })).toEqual({ x: 0, y: 5 })
  })

  it('puts 30 actors added one by one in the network side by side, each exactly where it lands', () => {
    const items: PlacementItem[] = []
    for (let i = 0; i < 30; i++) {
      const spot = freeSpot(placeCards(items).values(), { x: 0, y: 0 })
      items.push({ id: `n${String(i).padStart(2, '0')}`, anchor: spot })
      const placed = placeCards(items)
      expect(noOverlap([...placed.values()])).toBe(true)
      for (const item of items)
        expect(placed.get(item.id)).toMatchObject({ ...item.anchor, displaced: false })
    }
  })

  it('fills the middle cell of the matrix first, then the nearest free ground', () => {
    const items: PlacementItem[] = []
    const middle = { x: 600, y: 400 }
    for (let i = 0; i < 30; i++) {
      const region = matrixRegion(positionToScores(middle))
      const spot = freeSpot(placeCards(items).values(), middle, { region })
      // The canvas stores scores; the card is placed from them.
      const scores = positionToScores(spot)
      items.push({
        id: `a${String(i).padStart(2, '0')}`,
        anchor: scoresToPosition(scores),
        region: matrixRegion(scores),
      })
      const placed = placeCards(items)
      expect(noOverlap([...placed.values()])).toBe(true)
      // Every card fits in the cell until it is full, each exactly on its spot.
      if (i < regionCapacity(region, CARD_FULL, CARD_GAP)) {
        expect(spot.x + CARD_FULL.width / 2).toBeLessThanOrEqual(600)
        for (const item of items) expect(placed.get(item.id)!.displaced).toBe(false)
      }
    }
  })

  it('is deterministic and never overlaps the cards it is given', () => {
    const cards = [
      { x: 0, y: 0, width: 184, height: 64 },
      { x: 100, y: 30, width: 400, height: 200 },
    ]
    const a = freeSpot(cards, { x: 50, y: 10 })
    expect(freeSpot([...cards].reverse(), { x: 50, y: 10 })).toEqual(a)
    for (const c of cards) expect(boxesOverlap({ ...a, ...CARD_FULL }, c, CARD_GAP)).toBe(false)
  })
})
