import { describe, expect, it, vi } from 'vitest'
import { createTouchpointSelection } from './touchpointSelection'

describe('createTouchpointSelection', () => {
  it('starts empty, sets and clears', () => {
    const selection = createTouchpointSelection()
    expect([...selection.get()]).toEqual([])
    selection.set(['a', 'b'])
    expect([...selection.get()]).toEqual(['a', 'b'])
    selection.clear()
    expect(selection.get().size).toBe(0)
  })

  it('notifies only on real changes and keeps the snapshot stable otherwise', () => {
    const selection = createTouchpointSelection()
    const listener = vi.fn()
    const unsubscribe = selection.subscribe(listener)
    selection.set(['a'])
    const snapshot = selection.get()
    selection.set(['a'])
    expect(selection.get()).toBe(snapshot)
    expect(listener).toHaveBeenCalledTimes(1)
    selection.clear()
    selection.clear()
    expect(listener).toHaveBeenCalledTimes(2)
    unsubscribe()
    selection.set(['b'])
    expect(listener).toHaveBeenCalledTimes(2)
  })
})
