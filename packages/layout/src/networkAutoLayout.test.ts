import { describe, expect, it } from 'vitest'
import { CARD_FULL, CARD_GAP } from './cardSizes'
import { networkAutoLayout } from './networkAutoLayout'
import { boxesOverlap } from './Rect'

/** Two groups of eight, each a ring with a spoke, and one relation between the groups. */
function board() {
  const ids = Array.from({ length: 16 }, (_, i) => `actor-${String(i).padStart(2, '0')}`)
  const relations: { source: string; target: string }[] = []
  for (let g = 0; g < 2; g++)
    for (let i = 0; i < 8; i++)
      relations.push({ source: ids[g * 8 + i]!, target: ids[g * 8 + ((i + 1) % 8)]! })
  relations.push({ source: ids[0]!, target: ids[8]! })
  return { ids, relations }
}

describe('networkAutoLayout', () => {
  it('gives the same whole-unit layout whatever the input order', () => {
    const { ids, relations } = board()
    const a = networkAutoLayout({ ids, relations })
    const b = networkAutoLayout({
      ids: [...ids].reverse(),
      relations: [...relations].reverse().map((r) => ({ source: r.target, target: r.source })),
    })
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort())
    for (const p of a.values()) {
      expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true)
      expect(p.x === 0 && p.y === 0).toBe(false)
    }
  })

  it('leaves no two cards overlapping and keeps related actors closer than actors on average', () => {
    const { ids, relations } = board()
    const layout = networkAutoLayout({
      ids,
      relations,
      positions: new Map([['actor-00', { x: 0, y: 0 }]]),
    })
    const boxes = ids.map((id) => ({ ...layout.get(id)!, ...CARD_FULL }))
    boxes.forEach((a, i) =>
      boxes.forEach((b, j) => j > i && expect(boxesOverlap(a, b, CARD_GAP)).toBe(false)),
    )
    const dist = (a: string, b: string) => {
      const p = layout.get(a)!
      const q = layout.get(b)!
      return Math.hypot(p.x - q.x, p.y - q.y)
    }
    const mean = (pairs: [string, string][]) =>
      pairs.reduce((s, [a, b]) => s + dist(a, b), 0) / pairs.length
    const related = relations.map((r) => [r.source, r.target] as [string, string])
    const all = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as [string, string]))
    expect(mean(related)).toBeLessThan(mean(all) * 0.8)
  })

  it('ignores relations to unknown actors and lays out a board without relations', () => {
    const layout = networkAutoLayout({
      ids: ['a', 'b', 'c'],
      relations: [{ source: 'a', target: 'zzz' }],
    })
    expect(layout.size).toBe(3)
    expect(networkAutoLayout({ ids: [], relations: [] }).size).toBe(0)
  })
})
