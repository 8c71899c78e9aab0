/**
 * Creates a function that maps items to decorated copies (`decorate`, or the item itself when it
 * returns `undefined`), keeping each copy while its item is the same object. React Flow
 * re-renders a node or an edge whenever its object changes, so a copy must be stable while
 * nothing changed. Only the last call's copies are kept: those of items no longer passed are
 * dropped (a big board's window hands over a few hundred of its thousands).
 */
export function createCopyCache<T extends { id: string }>(decorate: (item: T) => T | undefined) {
  let last = new Map<string, { input: T; output: T }>()
  return (items: readonly T[]): T[] => {
    const next = new Map<string, { input: T; output: T }>()
    const out = items.map((item) => {
      const known = last.get(item.id)
      if (known?.input === item) {
        next.set(item.id, known)
        return known.output
      }
      const output = decorate(item)
      if (!output) return item
      next.set(item.id, { input: item, output })
      return output
    })
    last = next
    return out
  }
}
