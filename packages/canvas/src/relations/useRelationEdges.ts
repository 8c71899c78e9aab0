import { useT } from '@samkart/i18n/react'
import {
  type Relation,
  entityExists,
  entityRoot,
  readEntity,
  readEntityField,
} from '@samkart/model'
import { type Dispatch, type SetStateAction, useEffect, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import { changedActorIds } from '../matrix/actorNodes'
import {
  type EdgeDecor,
  type RelationFlowEdge,
  reconcileRelationEdges,
  relationsTouching,
} from './relationEdges'

/**
 * The relation edges, kept in sync with the document like `useActorNodes` keeps the cards:
 * `observeDeep` on the relations root rebuilds only the relations a transaction touched. The
 * actors root is watched too, but only names and deletions matter to an edge (its accessible
 * name, and dangling relations vanish), so a card being dragged leaves every edge object as it
 * was and only the edge component, which follows the card, re-renders.
 */
export function useRelationEdges(
  doc: Y.Doc,
): [RelationFlowEdge[], Dispatch<SetStateAction<RelationFlowEdge[]>>] {
  const t = useT()
  const [edges, setEdges] = useState<RelationFlowEdge[]>([])
  const decor = useMemo<EdgeDecor>(
    () => ({
      roleDescription: t('relation.roleDescription'),
      actorName: (id) => readEntityField(doc, 'actor', id, 'name') ?? '',
    }),
    [doc, t],
  )

  useEffect(() => {
    const relations = entityRoot(doc, 'relation')
    const actors = entityRoot(doc, 'actor')
    const read = (id: string): Relation | undefined => {
      const relation = readEntity(doc, 'relation', id)
      return relation &&
        entityExists(doc, 'actor', relation.source) &&
        entityExists(doc, 'actor', relation.target)
        ? relation
        : undefined
    }
    const onRelations = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      const changed = changedActorIds(events, relations)
      setEdges((prev) => reconcileRelationEdges(prev, changed, read, decor))
    }
    const onActors = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      const touched = changedActorIds(events, actors)
      setEdges((prev) => {
        // Relations to an actor that came back (undo, a late sync) are not in `prev`: recheck
        // all relations when actors are added or removed, only the touching ones otherwise.
        const membership = events.some((e) => e.target === actors)
        const ids = membership
          ? [...relations.keys(), ...prev.map((e) => e.id)]
          : relationsTouching(prev, touched)
        return reconcileRelationEdges(prev, ids, read, decor)
      })
    }
    relations.observeDeep(onRelations)
    actors.observeDeep(onActors)
    setEdges((prev) =>
      reconcileRelationEdges(prev, [...relations.keys(), ...prev.map((e) => e.id)], read, decor),
    )
    return () => {
      relations.unobserveDeep(onRelations)
      actors.unobserveDeep(onActors)
    }
  }, [doc, decor])

  return [edges, setEdges]
}
