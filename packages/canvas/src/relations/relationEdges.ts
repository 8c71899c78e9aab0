import type { Relation, RelationType } from '@samkart/model'
import type { Edge } from '@xyflow/react'
import { RELATION_MARKERS } from './relationStyle'

/** What a relation edge draws; derived from the relation, never written back. */
export interface RelationEdgeData extends Record<string, unknown> {
  type: RelationType
  label: string
  strength: number
  trust: number
}

/** A React Flow edge for one relation. */
export type RelationFlowEdge = Edge<RelationEdgeData, 'relation'>

/** Translated, per-locale naming that every relation edge carries. */
export interface EdgeDecor {
  /** Spoken instead of React Flow's English "edge". */
  roleDescription: string
  /** The accessible name, e.g. «KS → NAV: Samarbeid». */
  name: (relation: Relation) => string
}

const sameData = (a: RelationEdgeData, b: RelationEdgeData) =>
  a.type === b.type && a.label === b.label && a.strength === b.strength && a.trust === b.trust

/**
 * Builds the edge for a relation, returning `prev` itself when nothing it shows changed (React
 * Flow re-renders an edge only when its object changes). `selected` stays as it was: selection
 * is local and comes from the selection store, not from the document.
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
  }
  const data = prev?.data && sameData(prev.data, fresh) ? prev.data : fresh
  const ariaLabel = decor.name(relation)
  const domAttributes =
    prev?.domAttributes?.['aria-roledescription'] === decor.roleDescription
      ? prev.domAttributes
      : { 'aria-roledescription': decor.roleDescription }
  if (
    prev &&
    prev.source === relation.source &&
    prev.target === relation.target &&
    prev.data === data &&
    prev.ariaLabel === ariaLabel &&
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
    ariaLabel,
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
  const changedIds = new Set(changed)
  if (changedIds.size === 0) return prev as RelationFlowEdge[]
  const known = new Set<string>()
  let dirty = false
  const next: RelationFlowEdge[] = []
  for (const edge of prev) {
    known.add(edge.id)
    if (!changedIds.has(edge.id)) {
      next.push(edge)
      continue
    }
    const relation = read(edge.id)
    if (!relation) {
      dirty = true
      continue
    }
    const updated = relationEdge(relation, edge, decor)
    dirty ||= updated !== edge
    next.push(updated)
  }
  for (const id of changedIds) {
    if (known.has(id)) continue
    const relation = read(id)
    if (!relation) continue
    next.push(relationEdge(relation, undefined, decor))
    dirty = true
  }
  return dirty ? next : (prev as RelationFlowEdge[])
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
