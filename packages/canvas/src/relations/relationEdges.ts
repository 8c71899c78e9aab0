import type { Relation, RelationType } from '@samkart/model'
import type { Edge } from '@xyflow/react'
import { RELATION_MARKERS } from './relationStyle'
import { reconcileById } from '../flow/reconcileById'

/** What a relation edge draws; derived from the relation, never written back. */
export interface RelationEdgeData extends Record<string, unknown> {
  type: RelationType
  label: string
  strength: number
  trust: number
  /** The names of the two actors, for the accessible name (see relationName). */
  sourceName: string
  targetName: string
}

/** A React Flow edge for one relation. */
export type RelationFlowEdge = Edge<RelationEdgeData, 'relation'>

/** Translated, per-locale naming that every relation edge carries. */
export interface EdgeDecor {
  /** Spoken instead of React Flow's English "edge". */
  roleDescription: string
  /** An actor's name, as the document has it. */
  actorName: (id: string) => string
}

const sameData = (a: RelationEdgeData, b: RelationEdgeData) =>
  a.type === b.type &&
  a.label === b.label &&
  a.strength === b.strength &&
  a.trust === b.trust &&
  a.sourceName === b.sourceName &&
  a.targetName === b.targetName

/**
 * Builds the edge for a relation, returning `prev` itself when nothing it shows changed (React
 * Flow re-renders an edge only when its object changes). `selected` stays as it was: selection
 * is local and comes from the selection store, not from the document. The accessible name is
 * not built here but for the edges handed to React Flow (createRelationLabeller): a big board
 * has thousands of relations and draws a few hundred.
 */
export function relationEdge(
  relation: Relation,
  prev: RelationFlowEdge | undefined,
  decor: EdgeDecor,
): RelationFlowEdge {
  const fresh: RelationEdgeData = {
    type: relation.type,
    label: relation.label,
    strength: relation.strength,
    trust: relation.trust,
    // The document's own strings, not copies.
    sourceName: decor.actorName(relation.source),
    targetName: decor.actorName(relation.target),
  }
  const data = prev?.data && sameData(prev.data, fresh) ? prev.data : fresh
  const domAttributes =
    prev?.domAttributes?.['aria-roledescription'] === decor.roleDescription
      ? prev.domAttributes
      : { 'aria-roledescription': decor.roleDescription }
  if (
    prev &&
    prev.source === relation.source &&
    prev.target === relation.target &&
    prev.data === data &&
    prev.domAttributes === domAttributes
  )
    return prev
  return {
    ...prev,
    id: relation.id,
    type: 'relation',
    source: relation.source,
    target: relation.target,
    data,
    domAttributes,
    markerEnd: RELATION_MARKERS[relation.type],
  }
}

/**
 * Rebuilds the edges whose relations changed (or whose actors were renamed or deleted) and keeps
 * every other edge object as it was. `read` returns `undefined` for a relation that is gone or
 * dangling, which removes its edge. Returns `prev` itself when nothing changed.
 */
export function reconcileRelationEdges(
  prev: readonly RelationFlowEdge[],
  changed: Iterable<string>,
  read: (id: string) => Relation | undefined,
  decor: EdgeDecor,
): RelationFlowEdge[] {
  return reconcileById(prev, new Set(changed), (id, edge) => {
    const relation = read(id)
    return relation && relationEdge(relation, edge, decor)
  })
}

/** The relations drawn to or from any of `actorIds`: they change when an actor does. */
export function relationsTouching(
  edges: readonly RelationFlowEdge[],
  actorIds: ReadonlySet<string>,
): string[] {
  if (actorIds.size === 0) return []
  return edges
    .filter((edge) => actorIds.has(edge.source) || actorIds.has(edge.target))
    .map((edge) => edge.id)
}
