/**
 * Rebuilds a list of React Flow items (nodes or edges) after some of their sources changed,
 * keeping every unchanged item's object identity: React Flow re-renders an item only when its
 * object changes, so a remote edit of one card must not hand it a new array of new objects.
 *
 * For each id in `changed`: `build(id, previous)` returns the item as it should be now (the
 * previous object itself if nothing visible changed), or `undefined` when the source is gone.
 * Items whose ids are not in `changed` are kept as they are, in their place; new items are
 * appended. Returns `prev` itself when nothing changed at all.
 */
export function reconcileById<T extends { id: string }>(
  prev: readonly T[],
  changed: ReadonlySet<string>,
  build: (id: string, previous: T | undefined) => T | undefined,
): T[] {
  if (changed.size === 0) return prev as T[]
  const known = new Set<string>()
  let dirty = false
  const next: T[] = []
  for (const item of prev) {
    known.add(item.id)
    if (!changed.has(item.id)) {
      next.push(item)
      continue
    }
    const updated = build(item.id, item)
    dirty ||= updated !== item
    if (updated) next.push(updated)
  }
  for (const id of changed) {
    if (known.has(id)) continue
    const created = build(id, undefined)
    if (!created) continue
    next.push(created)
    dirty = true
  }
  return dirty ? next : (prev as T[])
}
