import { describe, expect, it, vi } from 'vitest'
import { createSelectionStore } from './selectionStore'

describe('createSelectionStore', () => {
  it('starts empty', () => {
    const store = createSelectionStore()
    expect([...store.get().actors]).toEqual([])
    expect(store.get().relation).toBeNull()
  })

  it('sets and toggles actors, clearing any selected relation', () => {
    const store = createSelectionStore()
    store.selectRelation('r1')
    store.setActors(['a', 'b'])
    expect([...store.get().actors]).toEqual(['a', 'b'])
    expect(store.get().relation).toBeNull()
    store.toggleActor('a')
    store.toggleActor('c')
    expect([...store.get().actors].sort()).toEqual(['b', 'c'])
  })

  it('selecting a relation deselects the actors; null keeps them', () => {
    const store = createSelectionStore()
    store.setActors(['a'])
    store.selectRelation(null)
    expect([...store.get().actors]).toEqual(['a'])
    store.selectRelation('r1')
    expect(store.get()).toEqual({ actors: new Set(), relation: 'r1' })
  })

  it('notifies only on real changes and keeps the snapshot stable otherwise', () => {
    const store = createSelectionStore()
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    store.setActors(['a'])
    const snapshot = store.get()
    store.setActors(['a'])
    expect(store.get()).toBe(snapshot)
    expect(listener).toHaveBeenCalledTimes(1)
    store.clear()
    unsubscribe()
    store.setActors(['b'])
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('builds a selection of several by keyboard: Space keeps, adds and removes; focus then leaves it be', () => {
    const store = createSelectionStore()
    store.focusActor('a')
    expect([...store.get().actors]).toEqual(['a'])
    store.focusActor('b') // plain focus moves replace the selection
    expect([...store.get().actors]).toEqual(['b'])
    store.spaceOnActor('b') // keeps b, starts building
    expect([...store.get().actors]).toEqual(['b'])
    store.focusActor('c')
    expect([...store.get().actors]).toEqual(['b'])
    store.spaceOnActor('c')
    store.focusActor('d')
    store.spaceOnActor('d')
    expect([...store.get().actors].sort()).toEqual(['b', 'c', 'd'])
    store.spaceOnActor('c') // removes
    expect([...store.get().actors].sort()).toEqual(['b', 'd'])
    // Replaced some other way (a click), focus selects again.
    store.setActors(['x'])
    store.focusActor('y')
    expect([...store.get().actors]).toEqual(['y'])
    // Space on a card that focus did not select adds it; emptying the selection ends building.
    store.spaceOnActor('z')
    expect([...store.get().actors].sort()).toEqual(['y', 'z'])
    store.spaceOnActor('y')
    store.spaceOnActor('z')
    expect(store.get().actors.size).toBe(0)
    store.focusActor('a')
    expect([...store.get().actors]).toEqual(['a'])
  })
})
