import type { Node } from '@xyflow/react'
import {
  type Actor,
  type ActorCategory,
  type ActorLevel,
  type ActorStrategy,
  actorCategory,
} from '@samkart/model'
import type * as Y from 'yjs'
import { type Point, scoresToPosition } from '@samkart/layout'
import { reconcileById } from '../flow/reconcileById'

/**
 * What an actor card shows; derived from the actor, never written back. Scores are not here on
 * purpose: they are the node's position, so a move within a cell leaves `data` untouched and the
 * card's content does not re-render.
 */
export interface ActorNodeData extends Record<string, unknown> {
  name: string
  /** Shown on the card instead of the name when set (long agency names crowd the matrix). */
  shortName: string
  category: ActorCategory
  level: ActorLevel
  strategy: ActorStrategy
  /** How many touchpoints, across all journeys, the actor is responsible for. */
  touchpoints: number
  /** Drawn as a compact chip (set where the cards are placed, see createNodePlacer). */
  compact?: boolean
}

/** A React Flow node for one actor in the matrix view. */
export type ActorFlowNode = Node<ActorNodeData, 'actor'>

/** Translated, per-locale attributes every card carries. */
export interface NodeDecor {
  /** Spoken instead of React Flow's English "node". */
  roleDescription: string
  /** Where the view puts an actor's card; the matrix (scores) unless a view says otherwise. */
  place?: (actor: Actor) => Point
  /** How many touchpoints an actor owns (see `touchpointCountsByActor`); 0 when not given. */
  touchpoints?: (actorId: string) => number
}

/**
 * DOM ids of a card's name and category, which together form its accessible name, and of its
 * level and strategy, which describe it.
 */
export const cardLabelIds = (id: string) => ({
  name: `actor-card-${id}-name`,
  category: `actor-card-${id}-category`,
  meta: `actor-card-${id}-meta`,
})

/**
 * The attributes every card of a view shares: one object per role description, not one per
 * card. The ids of each card's name and description are added only to the cards handed to
 * React Flow (see createCardLabeller).
 */
const roleAttributes = new Map<string, { 'aria-roledescription': string }>()
const sharedAttributes = (roleDescription: string) => {
  let known = roleAttributes.get(roleDescription)
  if (!known) {
    known = { 'aria-roledescription': roleDescription }
    roleAttributes.set(roleDescription, known)
  }
  return known
}

const sameData = (a: ActorNodeData, b: ActorNodeData) =>
  a.name === b.name &&
  a.shortName === b.shortName &&
  a.category === b.category &&
  a.level === b.level &&
  a.strategy === b.strategy &&
  a.touchpoints === b.touchpoints

/**
 * Builds the node for an actor, reusing `prev` (and its `data` and attribute objects) wherever
 * nothing changed. React Flow re-renders a node only when its object changes, so identity is the
 * cost of a remote edit. Local-only fields (`selected`, `measured`, `dragging`) are carried over
 * from `prev` and never come from the document; while the card is being dragged here, its local
 * position wins over the (throttled, slightly older) position echoed back from the document.
 */
export function actorNode(
  actor: Actor,
  prev: ActorFlowNode | undefined,
  decor: NodeDecor,
): ActorFlowNode {
  const fresh: ActorNodeData = {
    name: actor.name,
    shortName: actor.shortName,
    category: actorCategory(actor.importance, actor.substitutability),
    level: actor.level,
    strategy: actor.strategy,
    touchpoints: decor.touchpoints?.(actor.id) ?? 0,
  }
  const data = prev && sameData(prev.data, fresh) ? prev.data : fresh
  const docPosition = decor.place ? decor.place(actor) : scoresToPosition(actor)
  const position =
    prev &&
    (prev.dragging || (prev.position.x === docPosition.x && prev.position.y === docPosition.y))
      ? prev.position
      : docPosition
  const domAttributes =
    prev?.domAttributes?.['aria-roledescription'] === decor.roleDescription
      ? prev.domAttributes
      : sharedAttributes(decor.roleDescription)
  if (
    prev &&
    prev.data === data &&
    prev.position === position &&
    prev.domAttributes === domAttributes
  )
    return prev
  return { ...prev, id: actor.id, type: 'actor', position, data, domAttributes }
}

/**
 * Rebuilds the nodes whose actors changed and keeps every other node object as it was. Nodes
 * keep their order (it is the keyboard tab order); new actors are appended in the order given.
 * Returns `prev` itself when nothing changed, so React can skip the update.
 */
export function reconcileActorNodes(
  prev: readonly ActorFlowNode[],
  changed: Iterable<string>,
  read: (id: string) => Actor | undefined,
  decor: NodeDecor,
): ActorFlowNode[] {
  return reconcileById(prev, new Set(changed), (id, node) => {
    const actor = read(id)
    return actor && actorNode(actor, node, decor)
  })
}

/**
 * The ids of the actors touched by a batch of `observeDeep` events on the actors root map:
 * keys added, changed or removed on the root, and the first path segment of nested changes.
 */
export function changedActorIds(
  events: readonly Y.YEvent<Y.AbstractType<unknown>>[],
  root: unknown,
): Set<string> {
  const ids = new Set<string>()
  for (const event of events) {
    if (event.target === root) {
      for (const key of event.keys.keys()) ids.add(key)
    } else {
      const first = event.path[0]
      if (typeof first === 'string') ids.add(first)
    }
  }
  return ids
}

/**
 * Selects exactly one card (or none, with `null`), reusing every node whose selection does not
 * change. Selection is local to this tab and never written to the document.
 */
export function selectOnly(nodes: readonly ActorFlowNode[], id: string | null): ActorFlowNode[] {
  let dirty = false
  const next = nodes.map((node) => {
    const selected = node.id === id
    if (Boolean(node.selected) === selected) return node
    dirty = true
    return { ...node, selected }
  })
  return dirty ? next : (nodes as ActorFlowNode[])
}
