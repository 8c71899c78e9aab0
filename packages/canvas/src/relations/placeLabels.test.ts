import { describe, expect, it } from 'vitest'
import { placeLabels } from './placeLabels'

const card = { x: 100, y: 100, width: 192, height: 64 }
/** A label 60 × 20 centred on (cx, cy), with the given centres to try. */
const label = (cx: number, cy: number, ...candidates: [number, number][]) => ({
  box: { x: cx - 30, y: cy - 10, width: 60, height: 20 },
  candidates: [[cx, cy] as [number, number], ...candidates].map(([x, y]) => ({ x, y })),
})

describe('placeLabels', () => {
  it('leaves a free label where it is', () => {
    expect(placeLabels([label(400, 300)], [card])).toEqual([{ x: 0, y: 0 }])
  })

  it('moves a label a card covers, even in part, to the first free spot along its line', () => {
    // Half under the card's right edge; the next spot is still under it, the third is free.
    const placed = placeLabels([label(290, 130, [250, 140], [340, 200])], [card])
    expect(placed).toEqual([{ x: 50, y: 70 }])
  })

  it('gives up on a label covered everywhere', () => {
    expect(placeLabels([label(150, 120, [200, 130])], [card])).toEqual([null])
  })

  it('keeps two labels off each other: the later one moves', () => {
    const placed = placeLabels([label(500, 500), label(520, 505, [600, 560])], [])
    expect(placed).toEqual([
      { x: 0, y: 0 },
      { x: 80, y: 55 },
    ])
  })

  it('finds cards across grid cells and at negative coordinates; touching is not covering', () => {
    const far = { x: -5000, y: 9000, width: 400, height: 300 }
    expect(placeLabels([label(-4700, 9250), label(-5030, 8990)], [card, far])).toEqual([
      null,
      { x: 0, y: 0 },
    ])
  })
})
