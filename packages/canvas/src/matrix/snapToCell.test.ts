import fc from 'fast-check'
import { actorCategory } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import { type Point, positionToScores } from './matrixGeometry'
import { CELL_INSET, MIN_APART, cellInnerArea, snapDrops, snapToCell } from './snapToCell'

const category = (p: Point) => {
  const s = positionToScores(p)
  return actorCategory(s.importance, s.substitutability)
}

describe('snapToCell', () => {
  it('pulls a card dropped near the cross into its own cell, keeping the category', () => {
    const dropped = { x: 510, y: 330 } // just right of and above the cross: «Viktig»
    const snapped = snapToCell(dropped, [])
    expect(category(snapped)).toBe('viktig')
    expect(snapped).toEqual({ x: 500 + CELL_INSET.x, y: 340 - CELL_INSET.y })
  })

  it('leaves a card already well inside a free spot where it is', () => {
    expect(snapToCell({ x: 250, y: 170 }, [])).toEqual({ x: 250, y: 170 })
  })

  it('treats the middle lines as the high side, like the model', () => {
    expect(category(snapToCell({ x: 500, y: 340 }, []))).toBe(category({ x: 500, y: 340 }))
  })

  it('moves a card off one that already sits there, staying in the cell', () => {
    const taken = { x: 250, y: 170 }
    const snapped = snapToCell(taken, [taken])
    expect(snapped).not.toEqual(taken)
    const apart =
      Math.abs(snapped.x - taken.x) >= MIN_APART.x || Math.abs(snapped.y - taken.y) >= MIN_APART.y
    expect(apart).toBe(true)
    expect(category(snapped)).toBe(category(taken))
  })

  it('keeps every snapped card in the inner area of the cell it was dropped in', () => {
    const point = fc.record({
      x: fc.double({ min: -100, max: 1100, noNaN: true }),
      y: fc.double({ min: -100, max: 800, noNaN: true }),
    })
    fc.assert(
      fc.property(point, fc.array(point, { maxLength: 30 }), (dropped, occupied) => {
        const snapped = snapToCell(dropped, occupied)
        const area = cellInnerArea(dropped)
        expect(snapped.x).toBeGreaterThanOrEqual(area.minX)
        expect(snapped.x).toBeLessThanOrEqual(area.maxX)
        expect(snapped.y).toBeGreaterThanOrEqual(area.minY)
        expect(snapped.y).toBeLessThanOrEqual(area.maxY)
        expect(category(snapped)).toBe(
          category({
            x: Math.min(1000, Math.max(0, dropped.x)),
            y: Math.min(680, Math.max(0, dropped.y)),
          }),
        )
      }),
    )
  })
})

describe('snapDrops', () => {
  it('spreads several cards dropped on the same spot', () => {
    const drops = snapDrops(
      [
        { id: 'a', position: { x: 600, y: 100 } },
        { id: 'b', position: { x: 600, y: 100 } },
        { id: 'c', position: { x: 600, y: 100 } },
      ],
      [],
    )
    const keys = new Set(drops.map((d) => `${d.position.x},${d.position.y}`))
    expect(keys.size).toBe(3)
    expect(drops.map((d) => category(d.position))).toEqual(['viktig', 'viktig', 'viktig'])
  })
})
