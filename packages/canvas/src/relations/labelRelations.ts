import type { Edge } from '@xyflow/react'
import type { RelationEdgeData } from './relationEdges'

/**
 * Creates a function that gives each relation among `edges` its accessible name (`ariaLabel`,
 * from `name`). It runs on the edges handed to React Flow, so a big board names the few hundred
 * relations near the view instead of all of them (2,000 strings at its opening; docs/
 * performance.md, «Big boards»). A relation's named copy is kept while its edge object is the
 * same, since React Flow re-renders an edge whenever its object changes; copies of relations
 * no longer handed over are dropped. A new `name` (another language) means a new labeller.
 */
export function createRelationLabeller<E extends Edge>(name: (data: RelationEdgeData) => string) {
  let last = new Map<string, { input: E; output: E }>()
  return (edges: readonly E[]): E[] => {
    const next = new Map<string, { input: E; output: E }>()
    const out = edges.map((edge) => {
      if (edge.type !== 'relation' || !edge.data) return edge
      const known = last.get(edge.id)
      if (known?.input === edge) {
        next.set(edge.id, known)
        return known.output
      }
      const output = { ...edge, ariaLabel: name(edge.data as RelationEdgeData) }
      next.set(edge.id, { input: edge, output })
      return output
    })
    last = next
    return out
  }
}
