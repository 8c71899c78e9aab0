import type * as Y from 'yjs'
import type { LaneItem } from '../entities/LaneItem'
import type { EntityFields } from '../entities/registry'
import { orderBetween, sortByOrder } from '../order'
import { type Result, fail } from '../result'
import { readEntities, readEntity } from '../doc/entityStore'
import { type WriteOptions, createEntity, deleteEntity, updateEntity } from '../ops/entityOps'

/** The items of one lane in one phase, in order. */
export function readLaneItems(doc: Y.Doc, laneId: string, phaseId: string): LaneItem[] {
  return sortByOrder(
    readEntities(doc, 'laneItem').filter((i) => i.laneId === laneId && i.phaseId === phaseId),
  )
}

/** What a new lane item holds besides its place. */
export type LaneItemInput = Partial<
  Pick<EntityFields<'laneItem'>, 'kind' | 'description' | 'touchpoints' | 'pains'>
> & { text: string }

/**
 * Adds an item at the end of a lane's cell in a phase. The lane and the phase must belong to the
 * same journey; a `text` lane only holds text items and an `items` lane only typed ones.
 */
export function addLaneItem(
  doc: Y.Doc,
  at: { laneId: string; phaseId: string },
  input: LaneItemInput,
  options: WriteOptions = {},
): Result<string> {
  const lane = readEntity(doc, 'lane', at.laneId)
  const phase = readEntity(doc, 'phase', at.phaseId)
  if (!lane || !phase || lane.journeyId !== phase.journeyId)
    return fail({
      code: 'missing_reference',
      entity: 'laneItem',
      field: 'laneId',
      message: 'laneItem: the lane and the phase must belong to one journey',
    })
  if (lane.kind !== 'text' && lane.kind !== 'items')
    return fail({
      code: 'invalid_enum',
      entity: 'laneItem',
      field: 'laneId',
      message: `laneItem: a ${lane.kind} lane holds no items`,
    })
  const kind =
    lane.kind === 'text' ? 'text' : input.kind === 'text' ? 'pain' : (input.kind ?? 'pain')
  const last = readLaneItems(doc, lane.id, phase.id).at(-1)?.order ?? null
  return createEntity(
    doc,
    'laneItem',
    {
      ...input,
      kind,
      journeyId: lane.journeyId,
      laneId: lane.id,
      phaseId: phase.id,
      order: orderBetween(last, null),
    },
    options,
  )
}

/** Changes an item's kind, text, description or links. */
export function updateLaneItem(
  doc: Y.Doc,
  id: string,
  patch: Partial<
    Pick<EntityFields<'laneItem'>, 'kind' | 'text' | 'description' | 'touchpoints' | 'pains'>
  >,
  options: WriteOptions = {},
): Result<LaneItem> {
  return updateEntity(doc, 'laneItem', id, patch, options)
}

/** Deletes an item. Items that named it as a pain they address keep the id and skip it. */
export function deleteLaneItem(doc: Y.Doc, id: string, options: WriteOptions = {}): Result<void> {
  return deleteEntity(doc, 'laneItem', id, options)
}
