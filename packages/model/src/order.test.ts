import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { orderBetween, sortByOrder } from './order'

describe('orderBetween', () => {
  it('finds a key between any two keys', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { minLength: 1, maxLength: 60 }), (positions) => {
        const keys: string[] = []
        for (const p of positions) {
          const i = Math.min(p, keys.length)
          const key = orderBetween(keys[i - 1] ?? null, keys[i] ?? null)
          if (i > 0) expect(key > keys[i - 1]!).toBe(true)
          if (i < keys.length) expect(key < keys[i]!).toBe(true)
          keys.splice(i, 0, key)
        }
      }),
    )
  })
  it('refuses keys given out of order', () => {
    expect(() => orderBetween('b', 'a')).toThrow(/out of order/)
  })
  it('breaks ties by id so every client sees one order', () => {
    const items = [
      { id: 'b', order: 'V' },
      { id: 'a', order: 'V' },
      { id: 'c', order: 'A' },
    ]
    expect(sortByOrder(items).map((i) => i.id)).toEqual(['c', 'a', 'b'])
  })
})
