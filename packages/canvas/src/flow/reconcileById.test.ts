import { describe, expect, it } from 'vitest'
import { reconcileById } from './reconcileById'

type Item = { id: string; v: number }

describe('reconcileById', () => {
  const a = { id: 'a', v: 1 }
  const b = { id: 'b', v: 2 }
  const source = new Map<string, number>([
    ['a', 1],
    ['b', 3],
    ['c', 4],
  ])
  const build = (id: string, prev: Item | undefined): Item | undefined => {
    const v = source.get(id)
    if (v === undefined) return undefined
    return prev && prev.v === v ? prev : { id, v }
  }

  it('keeps unchanged items by identity and rebuilds only changed ones', () => {
    const next = reconcileById([a, b], new Set(['b']), build)
    expect(next[0]).toBe(a)
    expect(next[1]).toEqual({ id: 'b', v: 3 })
  })
  it('returns the same array when nothing visible changed', () => {
    const prev = [a, b]
    expect(reconcileById(prev, new Set(['a']), build)).toBe(prev)
    expect(reconcileById(prev, new Set(), build)).toBe(prev)
  })
  it('drops items whose source is gone and appends new ones', () => {
    expect(
      reconcileById([a, b], new Set(['a', 'c', 'x']), (id, p) =>
        id === 'a' ? undefined : build(id, p),
      ),
    ).toEqual([b, { id: 'c', v: 4 }])
  })
})
