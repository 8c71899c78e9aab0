import { describe, expect, it } from 'vitest'
import { createContentProjector } from './nodeContent'

describe('createContentProjector', () => {
  it('keeps its answer while only positions change, and follows data and selection', () => {
    const project = createContentProjector<{ name: string }>()
    const data = { name: 'NAV' }
    const first = project([{ id: 'a', data, selected: false, position: { x: 0, y: 0 } } as never])
    const moved = project([{ id: 'a', data, selected: false, position: { x: 5, y: 9 } } as never])
    expect(moved).toBe(first)
    const selected = project([{ id: 'a', data, selected: true }])
    expect(selected).not.toBe(first)
    expect(selected).toEqual([{ id: 'a', data, selected: true }])
    const renamed = project([{ id: 'a', data: { name: 'Nav' }, selected: true }])
    expect(renamed[0]!.data.name).toBe('Nav')
  })
})
