/** A tiny subscribable value, shaped for React's `useSyncExternalStore` but framework-free. */
export interface ReadableStore<T> {
  /** The current value. */
  get(): T
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
}

/** A {@link ReadableStore} the owner can also write. */
export interface WritableStore<T> extends ReadableStore<T> {
  set(value: T): void
}

/** Creates a store. Setting an equal value notifies nobody, so subscribers only see changes. */
export function createStore<T>(initial: T): WritableStore<T> {
  let value = initial
  const listeners = new Set<() => void>()
  return {
    get: () => value,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    set(next) {
      if (Object.is(next, value)) return
      value = next
      for (const listener of [...listeners]) listener()
    },
  }
}
