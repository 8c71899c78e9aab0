import type { Edge } from '@xyflow/react'
import { createCopyCache } from '../flow/createCopyCache'
import type { RelationEdgeData } from './relationEdges'

/**
 * Creates a function that gives each relation among `edges` its accessible name (`ariaLabel`,
 * from `name`). It runs on the edges handed to React Flow, so a big board names the few hundred
 * relations near the view instead of all of them (2,000 strings at its opening; docs/
 * performance.md, «Big boards»). A new `name` (another language) means a new labeller.
 */
export function createRelationLabeller<E extends Edge>(name: (data: RelationEdgeData) => string) {
  return createCopyCache<E>((edge) =>
    edge.type === 'relation' && edge.data
      ? { ...edge, ariaLabel: name(edge.data as RelationEdgeData) }
      : undefined,
  )
}
