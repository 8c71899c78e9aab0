/**
 * What the user has selected on the actor map: a set of actor ids and at most one relation.
 * It lives outside React Flow because each view (matrix, network, lens) has its own node
 * state; keeping the selection here lets a switch of view keep it, and lets panels and bulk
 * operations read it without subscribing to every node. Framework-free so it is unit-tested
 * in node and shared by any component through {@link useSelection}.
 */
export interface Selection {
  readonly actors: ReadonlySet<string>
  readonly relation: string | null
}

export interface SelectionStore {
  /** The current selection. A new object after every change, the same one otherwise. */
  get(): Selection
  /** Replaces the selected actors (and clears the relation: one kind of thing at a time). */
  setActors(ids: Iterable<string>): void
  /** Adds or removes one actor, keeping the others (Shift/Ctrl-click, Space on a card). */
  toggleActor(id: string): void
  /** Selects one relation (and no actors), or clears the relation with `null`. */
  selectRelation(id: string | null): void
  /** Selects nothing. */
  clear(): void
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
}

const EMPTY: Selection = Object.freeze({ actors: new Set<string>(), relation: null })

/** Creates an empty {@link SelectionStore}. One per mounted actor map. */
export function createSelectionStore(): SelectionStore {
  let current: Selection = EMPTY
  const listeners = new Set<() => void>()

  const set = (next: Selection) => {
    if (sameSelection(current, next)) return
    current = next
    for (const listener of [...listeners]) listener()
  }

  return {
    get: () => current,
    setActors(ids) {
      set({ actors: new Set(ids), relation: null })
    },
    toggleActor(id) {
      const actors = new Set(current.actors)
      if (!actors.delete(id)) actors.add(id)
      set({ actors, relation: null })
    },
    selectRelation(id) {
      set({ actors: id === null ? current.actors : new Set(), relation: id })
    },
    clear() {
      set(EMPTY)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}

/** Equal selections keep the old object, so subscribers and React skip the re-render. */
function sameSelection(a: Selection, b: Selection): boolean {
  if (a.relation !== b.relation || a.actors.size !== b.actors.size) return false
  for (const id of a.actors) if (!b.actors.has(id)) return false
  return true
}
