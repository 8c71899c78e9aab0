/** The minimum of a React Flow node the dimming touches. */
interface Dimmable {
  id: string
  className?: string
  domAttributes?: { 'aria-describedby'?: string }
}

/** Class of a card the filter leaves out: drawn faded, still there and still focusable. */
export const DIMMED_CLASS = 'samkart-node--dimmed'
/** Whether the dimmer (see {@link createNodeDimmer}) marked this node or edge. */
export const isDimmed = (item: { className?: string }): boolean =>
  item.className?.split(' ').includes(DIMMED_CLASS) ?? false
/** DOM id of the hidden «Skjult av filteret» text every dimmed card is described by. */
export const DIMMED_DESCRIPTION_ID = 'samkart-filter-dimmed'

/**
 * Marks the nodes `dims` picks as left out by the filter: a class for the faded look, and the
 * «hidden by the filter» text first in their accessible description, so a screen reader user
 * tabbing through hears why a card looks different. A dimmed copy is cached per source node,
 * so a remote edit elsewhere hands React Flow the same object again (it re-renders by identity).
 *
 * `describe: false` only adds the class: for relations, whose description React Flow sets
 * itself (the keyboard help) and an attribute of ours would replace.
 */
export function createNodeDimmer<T extends Dimmable>({ describe = true } = {}) {
  const dimmed = new WeakMap<T, T>()
  return (nodes: readonly T[], dims: (node: T) => boolean): T[] => {
    let dirty = false
    const next = nodes.map((node) => {
      if (!dims(node)) return node
      dirty = true
      let copy = dimmed.get(node)
      if (!copy) {
        const described = node.domAttributes?.['aria-describedby']
        const className = node.className ? `${node.className} ${DIMMED_CLASS}` : DIMMED_CLASS
        copy = describe
          ? {
              ...node,
              className,
              domAttributes: {
                ...node.domAttributes,
                'aria-describedby': described
                  ? `${DIMMED_DESCRIPTION_ID} ${described}`
                  : DIMMED_DESCRIPTION_ID,
              },
            }
          : { ...node, className }
        dimmed.set(node, copy)
      }
      return copy
    })
    return dirty ? next : (nodes as T[])
  }
}
