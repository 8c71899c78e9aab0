import type { Actor } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import {
  initialNetworkPosition,
  isPlacedInNetwork,
  networkPosition,
  toNetworkCoords,
} from './networkLayout'

const actor = (id: string, networkX = 0, networkY = 0) =>
  ({ id, name: id, networkX, networkY }) as Actor

describe('network layout', () => {
  it('keeps a saved position and lays out the rest by sorted id', () => {
    const ids = ['a', 'b', 'c']
    expect(networkPosition(actor('b', 40, -20), ids)).toEqual({ x: 40, y: -20 })
    expect(networkPosition(actor('c'), ids)).toEqual(initialNetworkPosition(2))
  })

  it('spreads 150 cards without two closer than a card apart', () => {
    const points = Array.from({ length: 150 }, (_, i) => initialNetworkPosition(i))
    let closest = Infinity
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        closest = Math.min(
          closest,
          Math.hypot((points[i]!.x - points[j]!.x) / 1.6, points[i]!.y - points[j]!.y),
        )
    expect(closest).toBeGreaterThan(70)
  })

  it('is deterministic and treats (0, 0) as not placed', () => {
    expect(initialNetworkPosition(7)).toEqual(initialNetworkPosition(7))
    expect(isPlacedInNetwork(actor('a'))).toBe(false)
    expect(isPlacedInNetwork(actor('a', 0, 3))).toBe(true)
    expect(toNetworkCoords({ x: 0.2, y: -0.3 })).toEqual({ networkX: 0.5, networkY: 0 })
    expect(toNetworkCoords({ x: 10.4, y: 5.6 })).toEqual({ networkX: 10, networkY: 6 })
  })
})
