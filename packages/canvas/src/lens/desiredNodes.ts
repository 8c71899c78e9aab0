import type { Actor } from '@samkart/model'
import type { Edge, Node } from '@xyflow/react'
import { desiredLensPosition } from '@samkart/layout'
import { desiredNodeId } from './desiredNodeId'
import { reconcileById } from '../flow/reconcileById'

/** What a desired-position marker shows. */
export interface DesiredNodeData extends Record<string, unknown> {
  name: string
  /** The work wants the actor somewhere else than where it stands (a desire was set). */
  wanted: boolean
}

/** A marker for where the work wants an actor in the lens (`desired:<actor id>`). */
export type DesiredFlowNode = Node<DesiredNodeData, 'desired'>
/** The arrow from an actor's card to its desired marker. */
export type DesireFlowEdge = Edge<Record<string, never>, 'desire'>

/** Translated attributes every marker carries. */
export interface DesiredDecor {
  roleDescription: string
  label: (name: string) => string
}

/**
 * The marker for an actor, reusing `prev` when nothing it shows changed; like a card, a marker
 * being dragged here keeps its local position over the (throttled) echo from the document.
 */
export function desiredNode(
  actor: Actor,
  prev: DesiredFlowNode | undefined,
  decor: DesiredDecor,
): DesiredFlowNode {
  const wanted =
    actor.desiredInterest !== actor.interest || actor.desiredInfluence !== actor.influence
  const data =
    prev && prev.data.name === actor.name && prev.data.wanted === wanted
      ? prev.data
      : { name: actor.name, wanted }
  const docPosition = desiredLensPosition(actor)
  const position =
    prev &&
    (prev.dragging || (prev.position.x === docPosition.x && prev.position.y === docPosition.y))
      ? prev.position
      : docPosition
  const label = decor.label(actor.name)
  const domAttributes =
    prev?.domAttributes?.['aria-roledescription'] === decor.roleDescription
      ? prev.domAttributes
      : { 'aria-roledescription': decor.roleDescription }
  if (
    prev &&
    prev.data === data &&
    prev.position === position &&
    prev.domAttributes === domAttributes &&
    prev.ariaLabel === label
  )
    return prev
  return {
    ...prev,
    id: desiredNodeId(actor.id),
    type: 'desired',
    position,
    data,
    ariaLabel: label,
    domAttributes,
    // Clicking a marker should not take the selection away from the actor's card.
    selectable: false,
  }
}

/** Rebuilds the markers of the changed actors, keeping all others; `prev` if nothing changed. */
export function reconcileDesiredNodes(
  prev: readonly DesiredFlowNode[],
  changedActors: Iterable<string>,
  read: (id: string) => Actor | undefined,
  decor: DesiredDecor,
): DesiredFlowNode[] {
  const changed = new Set([...changedActors].map(desiredNodeId))
  return reconcileById(prev, changed, (id, node) => {
    const actor = read(id.slice(desiredNodeId('').length))
    return actor && desiredNode(actor, node, decor)
  })
}

/** The desire arrow's head: neutral, since the arrow is about position, not a relation type. */
const DESIRE_MARKER = { type: 'arrowclosed' as const, color: '#4b5563', width: 16, height: 16 }
/** Decorative for assistive technology: the marker's own name says what it is. */
const DESIRE_DOM = { 'aria-roledescription': undefined, 'aria-hidden': true } as const

/** One arrow per marker, from the actor's card to it; rebuilt only when markers come or go. */
export function desireEdges(markers: readonly DesiredFlowNode[]): DesireFlowEdge[] {
  return markers.map((marker) => {
    const actorId = marker.id.slice('desired:'.length)
    return {
      id: `desire:${actorId}`,
      type: 'desire',
      source: actorId,
      target: marker.id,
      selectable: false,
      focusable: false,
      // React Flow reads null as "no name" (its type does not say so); the default is English.
      ariaLabel: null as unknown as string,
      ariaRole: 'presentation',
      domAttributes: DESIRE_DOM,
      markerEnd: DESIRE_MARKER,
    }
  })
}
