import { useSyncExternalStore } from 'react'

/**
 * Which touchpoints of the open journey are selected (clicked in the view, or picked from a
 * coordination finding). Framework-free and separate from the actor map's selection store
 * because touchpoints and actors are selected for different reasons and in different views;
 * the journey view shows the selection with an outline and `aria-selected`, and any panel can
 * set it without knowing how the view draws it.
 */
export interface TouchpointSelection {
  /** The selected touchpoint ids. A new set after every change, the same one otherwise. */
  get(): ReadonlySet<string>
  /** Replaces the selection. */
  set(ids: Iterable<string>): void
  /** Selects nothing. */
  clear(): void
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
}

const EMPTY: ReadonlySet<string> = new Set<string>()

/** Creates an empty {@link TouchpointSelection}. One per mounted journey view. */
export function createTouchpointSelection(): TouchpointSelection {
  let current: ReadonlySet<string> = EMPTY
  const listeners = new Set<() => void>()

  const replace = (next: ReadonlySet<string>) => {
    if (sameSet(current, next)) return
    current = next
    for (const listener of [...listeners]) listener()
  }

  return {
    get: () => current,
    set(ids) {
      replace(new Set(ids))
    },
    clear() {
      replace(EMPTY)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}

/** The selected touchpoint ids; re-renders the caller only when the selection changes. */
export function useTouchpointSelection(selection: TouchpointSelection): ReadonlySet<string> {
  return useSyncExternalStore(selection.subscribe, selection.get, selection.get)
}

/** Equal selections keep the old set, so subscribers and React skip the re-render. */
function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false
  for (const id of a) if (!b.has(id)) return false
  return true
}
