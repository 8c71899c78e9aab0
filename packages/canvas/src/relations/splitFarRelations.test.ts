import type { Edge } from '@xyflow/react'
import { describe, expect, it } from 'vitest'
import { splitFarRelations } from './splitFarRelations'

const edge = (id: string, source: string, target: string, selected = false): Edge => ({
  id,
  source,
  target,
  selected,
})

describe('splitFarRelations', () => {
  const edges = [edge('ab', 'a', 'b'), edge('cd', 'c', 'd'), edge('ef', 'e', 'f', true)]

  it('paints every relation when nothing is selected but keeps the selected relation an edge', () => {
    const split = splitFarRelations(edges, new Set())
    expect(split.edges.map((e) => e.id)).toEqual(['ef'])
    expect(split.far.map((e) => e.id)).toEqual(['ab', 'cd'])
  })

  it("keeps a selected card's relations as edges, at either end", () => {
    expect(splitFarRelations(edges, new Set(['b'])).edges.map((e) => e.id)).toEqual(['ab', 'ef'])
    expect(splitFarRelations(edges, new Set(['c'])).edges.map((e) => e.id)).toEqual(['cd', 'ef'])
  })
})
