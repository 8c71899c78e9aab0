/** The minimum React Flow needs to show an element as selected. */
interface Selectable {
  id: string
  selected?: boolean
}

/**
 * Marks the elements whose ids are in `isSelected` as selected and the rest as not, for a view
 * that derives selection from the selection store instead of keeping it in its own state.
 * Elements whose flag already matches are returned as they are; a flipped element is cached
 * per source object, so re-deriving after an unrelated change (a remote move) hands React Flow
 * the same object again and it does not re-render that element.
 */
export function createSelectionApplier<T extends Selectable>() {
  const flipped = new WeakMap<T, T>()
  return (elements: readonly T[], isSelected: (id: string) => boolean): T[] => {
    let dirty = false
    const next = elements.map((element) => {
      const selected = isSelected(element.id)
      if (Boolean(element.selected) === selected) return element
      dirty = true
      let copy = flipped.get(element)
      if (!copy || Boolean(copy.selected) !== selected) {
        copy = { ...element, selected }
        flipped.set(element, copy)
      }
      return copy
    })
    return dirty ? next : (elements as T[])
  }
}

/** A React Flow `select` change (node or edge). */
export interface SelectChange {
  type: 'select'
  id: string
  selected: boolean
}

/**
 * The actor selection after React Flow's `select` changes (a click, Shift/Ctrl-click, a
 * selection box, a click on the empty pane), applied to the current selection.
 */
export function applySelectChanges(
  current: ReadonlySet<string>,
  changes: readonly SelectChange[],
): Set<string> {
  const next = new Set(current)
  for (const change of changes) {
    if (change.selected) next.add(change.id)
    else next.delete(change.id)
  }
  return next
}
