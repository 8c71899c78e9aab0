import { describe, expect, it } from 'vitest'
import { applySelectChanges, createSelectionApplier } from './applySelection'

describe('createSelectionApplier', () => {
  it('flips only what differs and returns the same array when nothing does', () => {
    const apply = createSelectionApplier<{ id: string; selected?: boolean }>()
    const nodes = [{ id: 'a' }, { id: 'b' }]
    expect(apply(nodes, () => false)).toBe(nodes)
    const once = apply(nodes, (id) => id === 'a')
    expect(once[0]).toEqual({ id: 'a', selected: true })
    expect(once[1]).toBe(nodes[1])
  })

  it('hands back the same selected copy for the same source object', () => {
    const apply = createSelectionApplier<{ id: string; selected?: boolean }>()
    const nodes = [{ id: 'a' }, { id: 'b' }]
    const first = apply(nodes, (id) => id === 'a')
    const second = apply([nodes[0]!, { id: 'b' }], (id) => id === 'a')
    expect(second[0]).toBe(first[0])
  })
})

describe('applySelectChanges', () => {
  it('adds and removes ids as React Flow reports them', () => {
    const next = applySelectChanges(new Set(['a', 'b']), [
      { type: 'select', id: 'a', selected: false },
      { type: 'select', id: 'c', selected: true },
    ])
    expect([...next].sort()).toEqual(['b', 'c'])
  })
})
