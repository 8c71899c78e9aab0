import { describe, expect, it } from 'vitest'
import { CARD_FULL, CARD_GAP } from './cardSizes'
import { SpatialGrid } from './SpatialGrid'
import {
  initialNetworkPosition,
  isPlacedInNetwork,
  networkAnchors,
  networkPosition,
  toNetworkCoords,
} from './networkPosition'

describe('network positions', () => {
  it('keeps saved positions and puts the rest on the sunflower by sorted id', () => {
    const actors = [
      { id: 'b', networkX: 0, networkY: 0 },
      { id: 'a', networkX: 0, networkY: 0 },
      { id: 'c', networkX: 120, networkY: -80 },
    ]
    const anchors = networkAnchors(actors)
    expect(anchors.get('a')).toEqual(initialNetworkPosition(0))
    expect(anchors.get('b')).toEqual(initialNetworkPosition(1))
    expect(anchors.get('c')).toEqual({ x: 120, y: -80 })
    expect(networkPosition(actors[1]!, ['a', 'b', 'c'])).toEqual(anchors.get('a'))
    expect(isPlacedInNetwork({ networkX: 0, networkY: 0 })).toBe(false)
  })

  it('starts cards on a spiral that keeps 3,000 of them apart and 16 within a laptop screen', () => {
    const points = Array.from({ length: 3000 }, (_, i) => initialNetworkPosition(i))
    const grid = new SpatialGrid(CARD_FULL.width + CARD_GAP, CARD_FULL.height + CARD_GAP)
    for (const p of points) {
      const box = { x: p.x, y: p.y, ...CARD_FULL }
      expect(grid.collides(box, CARD_GAP)).toBe(false)
      grid.insert(box)
    }
    // Outwards the spiral only widens: each card no nearer the middle than the one before.
    const radius = (p: { x: number; y: number }) => Math.hypot(p.x / 1.35, p.y / 0.75)
    for (let i = 1; i < points.length; i++)
      expect(radius(points[i]!)).toBeGreaterThanOrEqual(radius(points[i - 1]!) - 1)
    // Sixteen cards (a workshop's map) span about a laptop screen at a readable zoom: at 0.6,
    // 1,100 × 650 units are 660 × 390 px.
    const first = points.slice(0, 16)
    const span = (axis: 'x' | 'y') =>
      Math.max(...first.map((p) => p[axis])) - Math.min(...first.map((p) => p[axis]))
    expect(span('x')).toBeLessThan(1100)
    expect(span('y')).toBeLessThan(650)
    // Far out it is as wide as before, so a big board's view holds no more cards than it did.
    expect(initialNetworkPosition(2999)).toEqual(initialNetworkPosition(2999, 260))
  })

  it('never stores (0, 0), which reads as "not placed"', () => {
    expect(toNetworkCoords({ x: 0.2, y: -0.3 })).toEqual({ networkX: 0.5, networkY: 0 })
    expect(toNetworkCoords({ x: 10.6, y: 3 })).toEqual({ networkX: 11, networkY: 3 })
  })
})
