import {
  type Actor,
  entityRoot,
  readActor,
  readActors,
  readEntities,
  touchpointCountsByActor,
} from '@samkart/model'
import { type Dispatch, type SetStateAction, useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { type ActorFlowNode, changedActorIds, reconcileActorNodes } from '../matrix/actorNodes'
import type { Point } from '@samkart/layout'

/**
 * The matrix's nodes, kept in sync with the document's actors. Subscribes with `observeDeep`
 * and rebuilds only the cards a transaction touched, keeping the identity of all others (React
 * Flow re-renders on identity). Local and remote changes take the same path, so what the user
 * sees is always what the document says, except a card being dragged here (see `actorNode`).
 *
 * The setter is returned for local-only state (measurements, drag positions).
 *
 * `place` (stable: a module constant or memoised) puts the cards of a view other than the
 * matrix. When actors are added or removed, every card is re-placed, since a view's initial
 * layout may depend on all of them (identity is still kept for cards that did not move).
 *
 * Each card also shows how many touchpoints its actor owns. Touchpoint edits recount (a board
 * holds tens of touchpoints) and rebuild only the cards whose count changed.
 */
export function useActorNodes(
  doc: Y.Doc,
  roleDescription: string,
  place?: (actor: Actor) => Point,
): [ActorFlowNode[], Dispatch<SetStateAction<ActorFlowNode[]>>] {
  const [nodes, setNodes] = useState<ActorFlowNode[]>([])

  useEffect(() => {
    const root = entityRoot(doc, 'actor')
    const touchpointRoot = entityRoot(doc, 'touchpoint')
    let counts = touchpointCountsByActor(readEntities(doc, 'touchpoint'))
    const decor = { roleDescription, place, touchpoints: (id: string) => counts.get(id) ?? 0 }
    const read = (id: string) => readActor(doc, id)
    const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      const changed = changedActorIds(events, root)
      const membership = place !== undefined && events.some((e) => e.target === root)
      setNodes((prev) =>
        reconcileActorNodes(
          prev,
          membership ? [...changed, ...prev.map((n) => n.id)] : changed,
          read,
          decor,
        ),
      )
    }
    const onTouchpoints = () => {
      const fresh = touchpointCountsByActor(readEntities(doc, 'touchpoint'))
      const changed = new Set<string>()
      for (const id of new Set([...counts.keys(), ...fresh.keys()]))
        if (counts.get(id) !== fresh.get(id)) changed.add(id)
      counts = fresh
      if (changed.size > 0)
        setNodes((prev) =>
          reconcileActorNodes(
            prev,
            prev.filter((n) => changed.has(n.id)).map((n) => n.id),
            read,
            decor,
          ),
        )
    }
    root.observeDeep(onChange)
    touchpointRoot.observeDeep(onTouchpoints)
    // Full pass on (re)subscribe: the first render, a new document, or a new language. Actors
    // come sorted by name, which makes a sensible initial tab order. Each is read once (a
    // 3,000-actor board spent 50 ms reading every actor a second time, before its first card).
    const actors = new Map(readActors(doc).map((a) => [a.id, a]))
    setNodes((prev) =>
      reconcileActorNodes(
        prev,
        [...actors.keys(), ...prev.map((n) => n.id)],
        (id) => actors.get(id),
        decor,
      ),
    )
    return () => {
      root.unobserveDeep(onChange)
      touchpointRoot.unobserveDeep(onTouchpoints)
    }
  }, [doc, roleDescription, place])

  return [nodes, setNodes]
}
