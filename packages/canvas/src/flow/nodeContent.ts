/** What the side panel and the filter read of a card: its id, data and selection, never where it is. */
export interface NodeContent<D> {
  id: string
  data: D
  selected: boolean
}

/**
 * Projects nodes onto their {@link NodeContent}, returning the previous array itself while no
 * card's data or selection changed. A drag gives React Flow a new nodes array on every pointer
 * move; without this the side panel (which sorts and lists every actor) and the filter's counts
 * would be recomputed and re-rendered on every move too.
 */
export function createContentProjector<D>() {
  let last: NodeContent<D>[] = []
  return (nodes: readonly { id: string; data: D; selected?: boolean }[]): NodeContent<D>[] => {
    const same =
      nodes.length === last.length &&
      nodes.every((node, i) => {
        const prev = last[i]!
        return (
          prev.id === node.id && prev.data === node.data && prev.selected === Boolean(node.selected)
        )
      })
    if (same) return last
    last = nodes.map((node) => ({ id: node.id, data: node.data, selected: Boolean(node.selected) }))
    return last
  }
}
