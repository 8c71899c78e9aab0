/** The minimum of a React Flow node the dimming touches. */
interface Dimmable {
  id: string
  className?: string
  domAttributes?: { 'aria-describedby'?: string }
}

/** Class of a card the filter leaves out: drawn faded, still there and still focusable. */
export const DIMMED_CLASS = 'samkart-node--dimmed'
/** DOM id of the hidden «Skjult av filteret» text every dimmed card is described by. */
export const DIMMED_DESCRIPTION_ID = 'samkart-filter-dimmed'

/**
 * Marks the nodes `dims` picks as left out by the filter: a class for the faded look, and the
 * «hidden by the filter» text first in their accessible description, so a screen reader user
 * tabbing through hears why a card looks different. A dimmed copy is cached per source node,
 * so a remote edit elsewhere hands React Flow the same object again (it re-renders by identity).
 */
export function createNodeDimmer<T extends Dimmable>() {
  const dimmed = new WeakMap<T, T>()
  return (nodes: readonly T[], dims: (node: T) => boolean): T[] => {
    let dirty = false
    const next = nodes.map((node) => {
      if (!dims(node)) return node
      dirty = true
      let copy = dimmed.get(node)
      if (!copy) {
        const described = node.domAttributes?.['aria-describedby']
        copy = {
          ...node,
          className: node.className ? `${node.className} ${DIMMED_CLASS}` : DIMMED_CLASS,
          domAttributes: {
            ...node.domAttributes,
            'aria-describedby': described
              ? `${DIMMED_DESCRIPTION_ID} ${described}`
              : DIMMED_DESCRIPTION_ID,
          },
        }
        dimmed.set(node, copy)
      }
      return copy
    })
    return dirty ? next : (nodes as T[])
  }
}
