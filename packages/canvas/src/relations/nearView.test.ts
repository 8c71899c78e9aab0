import type { Edge } from '@xyflow/react'
import { describe, expect, it } from 'vitest'
import { relationsNearView } from './nearView'

const edge = (id: string, source: string, target: string, selected = false): Edge => ({
  id,
  source,
  target,
  selected,
})

describe('relationsNearView', () => {
  const edges = [
    edge('ab', 'a', 'b'),
    edge('bc', 'b', 'c'),
    edge('cd', 'c', 'd'),
    edge('de', 'd', 'e', true),
  ]

  it('keeps a relation with either end in view and drops one passing between two cards out of view', () => {
    const near = relationsNearView(edges, new Set(['a']))
    expect(near.map((e) => e.id)).toEqual(['ab', 'de'])
    expect(relationsNearView(edges, new Set(['c'])).map((e) => e.id)).toEqual(['bc', 'cd', 'de'])
  })

  it('keeps the selected relation though neither end is in view', () => {
    expect(relationsNearView(edges, new Set()).map((e) => e.id)).toEqual(['de'])
  })

  it('returns the same array when every relation is near, so memos downstream hold', () => {
    expect(relationsNearView(edges, new Set(['b', 'd']))).toBe(edges)
  })
})
