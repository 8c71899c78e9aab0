import { describe, expect, it, vi } from 'vitest'
import { createStore } from './statusStore'

describe('createStore', () => {
  it('notifies subscribers of changes only, until they unsubscribe', () => {
    const store = createStore('connecting')
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    store.set('connecting')
    expect(listener).not.toHaveBeenCalled()
    store.set('live')
    expect(store.get()).toBe('live')
    expect(listener).toHaveBeenCalledTimes(1)
    unsubscribe()
    store.set('offline')
    expect(listener).toHaveBeenCalledTimes(1)
  })
})
