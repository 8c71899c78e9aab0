import { describe, expect, it } from 'vitest'
import { SpatialGrid } from './SpatialGrid'

describe('SpatialGrid', () => {
  it('finds overlaps across cell borders and honours the gap, exactly at the limit', () => {
    const grid = new SpatialGrid(100, 50)
    const a = { x: 95, y: 45, width: 80, height: 30 }
    grid.insert(a)
    expect(grid.collides({ x: 170, y: 45, width: 80, height: 30 }, 0)).toBe(true)
    // 8 apart exactly: allowed with a gap of 8, not with 9.
    expect(grid.collides({ x: 95 + 88, y: 45, width: 80, height: 30 }, 8)).toBe(false)
    expect(grid.collides({ x: 95 + 88, y: 45, width: 80, height: 30 }, 9)).toBe(true)
    expect(grid.collides({ x: -1e6, y: -1e6, width: 80, height: 30 }, 8)).toBe(false)
    expect(grid.collides(a, 0, a)).toBe(false)
    grid.remove(a)
    expect(grid.size).toBe(0)
    expect(grid.collides({ x: 95, y: 45, width: 80, height: 30 }, 0)).toBe(false)
  })
})
