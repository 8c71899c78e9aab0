import { describe, expect, it } from 'vitest'
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

  it('never stores (0, 0), which reads as "not placed"', () => {
    expect(toNetworkCoords({ x: 0.2, y: -0.3 })).toEqual({ networkX: 0.5, networkY: 0 })
    expect(toNetworkCoords({ x: 10.6, y: 3 })).toEqual({ networkX: 11, networkY: 3 })
  })
})
