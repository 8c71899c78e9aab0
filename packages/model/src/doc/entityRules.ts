import type * as Y from 'yjs'
import type { EntityKind } from '../field'
import type { EntityTypes } from '../entities/registry'
import type { ModelError } from '../result'
import { commentRule } from '../comments/commentRule'
import { commentsOnTargets } from '../comments/commentTargets'
import { checkLaneItemPlace } from './laneItemPlace'
import { checkNotePlace } from './notePlace'
import { readEntities, readEntity } from './entityStore'

/**
 * Rules that span several fields or entities, checked after field validation against the
 * entity as it would be after the change. `changed` names the fields the write sets; a rule
 * runs only when one of its fields is among them, so the frequent writes (a drag sets two
 * scores) never scan the board.
 */
export function checkEntityRules<K extends EntityKind>(
  doc: Y.Doc,
  kind: K,
  next: EntityTypes[K],
  changed: ReadonlySet<string>,
): ModelError | null {
  switch (kind) {
    case 'actor': {
      const actor = next as EntityTypes['actor']
      if (actor.orgNumber === '' || !changed.has('orgNumber')) return null
      const clash = readEntities(doc, 'actor').find(
        (other) => other.id !== actor.id && other.orgNumber === actor.orgNumber,
      )
      return clash
        ? {
            code: 'duplicate_org_number',
            entity: 'actor',
            field: 'orgNumber',
            message: `actor.orgNumber: ${actor.orgNumber} is already used by ${clash.name}`,
            params: { name: clash.name },
          }
        : null
    }
    case 'relation': {
      const relation = next as EntityTypes['relation']
      return (changed.has('source') || changed.has('target')) && relation.source === relation.target
        ? {
            code: 'self_reference',
            entity: 'relation',
            field: 'target',
            message: 'relation.target: an actor cannot relate to itself',
          }
        : null
    }
    case 'touchpoint': {
      const tp = next as EntityTypes['touchpoint']
      if (!changed.has('phaseId') && !changed.has('journeyId')) return null
      const phase = readEntity(doc, 'phase', tp.phaseId)
      return phase && phase.journeyId !== tp.journeyId
        ? {
            code: 'missing_reference',
            entity: 'touchpoint',
            field: 'phaseId',
            message: 'touchpoint.phaseId: the phase belongs to another journey',
            params: { id: tp.phaseId },
          }
        : null
    }
    case 'laneItem':
      return checkLaneItemPlace(doc, next as EntityTypes['laneItem'], changed)
    case 'comment':
      return commentRule(next as EntityTypes['comment'], changed)
    case 'note':
      return checkNotePlace(doc, next as EntityTypes['note'], changed)
    case 'journey':
    case 'phase':
    case 'savedView':
    case 'lane':
    case 'persona':
    case 'infoItem':
      return null
  }
  return null
}

/**
 * Entities that must go when one is deleted: an actor takes its relations, a journey its phases
 * and touchpoints, a phase its touchpoints; all three take their journey notes and lane items
 * (a journey its lanes too, a lane its items and notes); and each of them the
 * comments on it (in the same transaction, so undoing the delete brings the threads back too).
 * Touchpoints keep references to deleted actors on purpose: they then show as "without owner".
 */
export function cascadeTargets(
  doc: Y.Doc,
  kind: EntityKind,
  id: string,
): { kind: EntityKind; id: string }[] {
  const direct = directCascade(doc, kind, id)
  return [...direct, ...commentsOnTargets(doc, [{ kind, id }, ...direct])]
}

function directCascade(
  doc: Y.Doc,
  kind: EntityKind,
  id: string,
): { kind: EntityKind; id: string }[] {
  switch (kind) {
    case 'actor':
      return readEntities(doc, 'relation')
        .filter((r) => r.source === id || r.target === id)
        .map((r) => ({ kind: 'relation', id: r.id }))
    case 'journey':
      return [
        ...readEntities(doc, 'touchpoint')
          .filter((t) => t.journeyId === id)
          .map((t) => ({ kind: 'touchpoint' as const, id: t.id })),
        ...readEntities(doc, 'phase')
          .filter((p) => p.journeyId === id)
          .map((p) => ({ kind: 'phase' as const, id: p.id })),
        ...notesOf(doc, 'journeyId', id),
        ...readEntities(doc, 'lane')
          .filter((l) => l.journeyId === id)
          .map((l) => ({ kind: 'lane' as const, id: l.id })),
        ...itemsOf(doc, 'journeyId', id),
      ]
    case 'phase':
      return [
        ...readEntities(doc, 'touchpoint')
          .filter((t) => t.phaseId === id)
          .map((t) => ({ kind: 'touchpoint' as const, id: t.id })),
        ...notesOf(doc, 'phaseId', id),
        ...itemsOf(doc, 'phaseId', id),
      ]
    case 'lane':
      return [...notesOf(doc, 'laneId', id), ...itemsOf(doc, 'laneId', id)]
    case 'comment':
      // Only a whole target's removal deletes comments; a thread's replies go with it.
      return readEntities(doc, 'comment')
        .filter((c) => c.threadId === id)
        .map((c) => ({ kind: 'comment', id: c.id }))
    case 'relation':
    case 'touchpoint':
    case 'savedView':
    case 'note':
    case 'laneItem':
    case 'persona':
    case 'infoItem':
      // Sets that name a persona or info item are cleared by `deletePersona`/`deleteInfoItem`;
      // no entity depends on them.
      return []
  }
}

/** The lane items of one journey, phase or lane, which go with it. */
function itemsOf(doc: Y.Doc, field: 'journeyId' | 'phaseId' | 'laneId', id: string) {
  return readEntities(doc, 'laneItem')
    .filter((i) => i[field] === id)
    .map((i) => ({ kind: 'laneItem' as const, id: i.id }))
}

/** The journey notes of one journey, phase or lane, which go with it. */
function notesOf(doc: Y.Doc, field: 'journeyId' | 'phaseId' | 'laneId', id: string) {
  return readEntities(doc, 'note')
    .filter((n) => n[field] === id)
    .map((n) => ({ kind: 'note' as const, id: n.id }))
}
