import type { Phase, Touchpoint } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import { dropIndex, sideOf, touchpointDropPlace } from './journeyDrop'
import type { PhaseColumn } from './journeyGrid'

const ids = ['a', 'b', 'c', 'd']

describe('dropIndex', () => {
  it('counts the new place without the dragged item', () => {
    // a dragged after c: b, c, a, d → index 2
    expect(dropIndex(ids, 'a', 'c', 'after')).toBe(2)
    expect(dropIndex(ids, 'a', 'c', 'before')).toBe(1)
    // d dragged before b: a, d, b, c → index 1
    expect(dropIndex(ids, 'd', 'b', 'before')).toBe(1)
    expect(dropIndex(ids, 'd', 'a', 'before')).toBe(0)
    expect(dropIndex(ids, 'a', 'd', 'after')).toBe(3)
  })

  it('gives null for a drop that leaves the item where it is', () => {
    expect(dropIndex(ids, 'b', 'b', 'before')).toBeNull()
    expect(dropIndex(ids, 'b', 'b', 'after')).toBeNull()
    expect(dropIndex(ids, 'b', 'a', 'after')).toBeNull()
    expect(dropIndex(ids, 'b', 'c', 'before')).toBeNull()
    expect(dropIndex(ids, 'b', 'x', 'before')).toBeNull()
  })

  it('places an item from elsewhere at the insertion point', () => {
    expect(dropIndex(ids, 'x', 'a', 'before')).toBe(0)
    expect(dropIndex(ids, 'x', 'd', 'after')).toBe(4)
  })
})

const phase = (id: string): Phase => ({ id, journeyId: 'j', title: id, order: id })
const tp = (id: string, phaseId: string) => ({ id, phaseId }) as Touchpoint
const columns: PhaseColumn[] = [
  { phase: phase('p1'), touchpoints: [tp('a', 'p1'), tp('b', 'p1')] },
  { phase: phase('p2'), touchpoints: [tp('c', 'p2')] },
]

describe('touchpointDropPlace', () => {
  it('lands in the target phase, beside the target', () => {
    expect(touchpointDropPlace(columns, 'a', 'c', 'after')).toEqual({ phaseId: 'p2', index: 1 })
    expect(touchpointDropPlace(columns, 'c', 'a', 'after')).toEqual({ phaseId: 'p1', index: 1 })
    expect(touchpointDropPlace(columns, 'b', 'a', 'before')).toEqual({ phaseId: 'p1', index: 0 })
    expect(touchpointDropPlace(columns, 'a', 'b', 'before')).toBeNull()
    expect(touchpointDropPlace(columns, 'a', 'missing', 'before')).toBeNull()
  })
})

describe('sideOf', () => {
  it('splits a box in its middle', () => {
    expect(sideOf(10, { left: 0, width: 100 })).toBe('before')
    expect(sideOf(50, { left: 0, width: 100 })).toBe('after')
  })
})
