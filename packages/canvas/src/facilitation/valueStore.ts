import type { Subscribable } from '../presence/canvasPresence'

/** A value that can be read, watched and set. */
export interface ValueStore<T> extends Subscribable<T> {
  set(value: T): void
}

/** A {@link ValueStore} holding `initial`; setting an equal (`===`) value notifies nobody. */
export function createValueStore<T>(initial: T): ValueStore<T> {
  let value = initial
  const listeners = new Set<() => void>()
  return {
    get: () => value,
    set(next) {
      if (next === value) return
      value = next
      for (const listener of [...listeners]) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
