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
  /** Adds or removes one actor, keeping the others (Shift/Ctrl-click, the list's checkbox). */
  toggleActor(id: string): void
  /**
   * Keyboard focus reached a card: it becomes the selection, unless the user is building a
   * selection of several with Space ({@link SelectionStore.spaceOnActor}), which then stays.
   */
  focusActor(id: string): void
  /**
   * Space on a focused card: the keyboard's Ctrl-click. The first press keeps the card that
   * focus selected and starts a selection of several, so that moving focus on no longer
   * replaces it; every press after that adds or removes the focused card. It ends when the
   * selection is emptied or replaced some other way.
   */
  spaceOnActor(id: string): void
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
  /** A selection of several is being built by keyboard. */
  let building = false

  const set = (next: Selection, keepBuilding = false) => {
    building = keepBuilding && next.actors.size > 0
    if (sameSelection(current, next)) return
    current = next
    for (const listener of [...listeners]) listener()
  }
  const toggled = (id: string) => {
    const actors = new Set(current.actors)
    if (!actors.delete(id)) actors.add(id)
    return { actors, relation: null }
  }

  return {
    get: () => current,
    setActors(ids) {
      set({ actors: new Set(ids), relation: null })
    },
    toggleActor(id) {
      set(toggled(id))
    },
    focusActor(id) {
      if (building) return
      set({ actors: new Set([id]), relation: null })
    },
    spaceOnActor(id) {
      const onlyThis = current.actors.size === 1 && current.actors.has(id)
      if (!building && onlyThis) set(current, true)
      else set(toggled(id), true)
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
