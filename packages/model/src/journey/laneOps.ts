import type * as Y from 'yjs'
import type { Lane, LaneField, LaneKind } from '../entities/Lane'
import { orderBetween, sortByOrder } from '../order'
import { type Result, fail, ok } from '../result'
import { readEntities, readEntity } from '../doc/entityStore'
import { type WriteOptions, createEntity, deleteEntity, updateEntity } from '../ops/entityOps'
import {
  JOURNEY_LANES,
  type JourneyLane,
  type LaneSetting,
  builtInLane,
  builtInLaneShape,
} from './lanes'

/** A journey's lanes, top to bottom, hidden ones included. */
export function readLanes(doc: Y.Doc, journeyId: string): Lane[] {
  return sortByOrder(readEntities(doc, 'lane').filter((l) => l.journeyId === journeyId))
}

/** The id of a journey's first lane that is the built-in lane `name` (hidden or not). */
export function builtInLaneId(
  doc: Y.Doc,
  journeyId: string,
  name: JourneyLane,
): string | undefined {
  return readLanes(doc, journeyId).find((l) => builtInLane(l) === name)?.id
}

/**
 * Writes the built-in lanes of a journey, in `settings` order (default: every built-in lane,
 * shown, in default order), after any lanes it has. For a new journey, a template journey and
 * the migration of a schema-1 journey.
 */
export function addDefaultLanes(
  doc: Y.Doc,
  journeyId: string,
  settings: readonly LaneSetting[] = JOURNEY_LANES.map((lane) => ({ lane, hidden: false })),
  options: WriteOptions = {},
): Result<string[]> {
  const ids: string[] = []
  let result: Result<string[]> = ok(ids)
  doc.transact(() => {
    let order = readLanes(doc, journeyId).at(-1)?.order ?? null
    for (const { lane, hidden } of settings) {
      order = orderBetween(order, null)
      const made = createEntity(doc, 'lane', {
        journeyId,
        order,
        ...builtInLaneShape(lane),
        hidden,
      })
      if (!made.ok) {
        result = made
        return
      }
      ids.push(made.value)
    }
  }, options.origin ?? null)
  return result
}

/** What {@link addLane} adds: a custom lane (or another touchpoint or emotion lane). */
export interface NewLane {
  kind: LaneKind
  /** For a `touchpoint` lane, the field it shows; ignored otherwise. */
  field?: LaneField
  title?: string
}

/** Adds a lane to a journey at the bottom. */
export function addLane(
  doc: Y.Doc,
  journeyId: string,
  input: NewLane,
  options: WriteOptions = {},
): Result<string> {
  const last = readLanes(doc, journeyId).at(-1)?.order ?? null
  return createEntity(
    doc,
    'lane',
    {
      journeyId,
      order: orderBetween(last, null),
      kind: input.kind,
      field: input.kind === 'touchpoint' ? (input.field ?? 'touchpoint') : '',
      title: input.title ?? '',
    },
    options,
  )
}

/** Renames a lane; `''` gives a built-in lane its built-in name back. */
export function renameLane(
  doc: Y.Doc,
  laneId: string,
  title: string,
  options: WriteOptions = {},
): Result<Lane> {
  return updateEntity(doc, 'lane', laneId, { title }, options)
}

/** Hides or shows a lane. A hidden lane keeps its place and everything in it. */
export function setLaneHidden(
  doc: Y.Doc,
  laneId: string,
  hidden: boolean,
  options: WriteOptions = {},
): Result<Lane> {
  return updateEntity(doc, 'lane', laneId, { hidden }, options)
}

/**
 * Moves a lane one step up (`-1`) or down (`+1`) among its journey's lanes, hidden ones
 * counted, by giving it a key between its new neighbours. Moving past either end does nothing.
 * When the neighbours share a key (two people moved lanes at once), the journey's lanes get
 * fresh keys in their current order first.
 */
export function moveLane(
  doc: Y.Doc,
  laneId: string,
  direction: -1 | 1,
  options: WriteOptions = {},
): Result<Lane> {
  const lane = readEntity(doc, 'lane', laneId)
  if (!lane) return notFound(laneId)
  let result: Result<Lane> = ok(lane)
  doc.transact(() => {
    let lanes = readLanes(doc, lane.journeyId)
    if (new Set(lanes.map((l) => l.order)).size !== lanes.length) {
      let key: string | null = null
      for (const l of lanes) {
        key = orderBetween(key, null)
        updateEntity(doc, 'lane', l.id, { order: key })
      }
      lanes = readLanes(doc, lane.journeyId)
    }
    const others = lanes.filter((l) => l.id !== laneId)
    const at = lanes.findIndex((l) => l.id === laneId) + direction
    if (at < 0 || at > others.length) return
    const order = orderBetween(others[at - 1]?.order ?? null, others[at]?.order ?? null)
    result = updateEntity(doc, 'lane', laneId, { order })
  }, options.origin ?? null)
  return result
}

/**
 * True when deleting the lane would leave its journey without a lane of touchpoint names, the
 * row where touchpoints are opened and added; hiding it is allowed.
 */
export function isLastTouchpointLane(doc: Y.Doc, lane: Lane): boolean {
  const isNames = (l: Lane) => l.kind === 'touchpoint' && l.field === 'touchpoint'
  return isNames(lane) && readLanes(doc, lane.journeyId).filter(isNames).length === 1
}

/**
 * Deletes a lane with its items and journey notes, in one transaction (one undo step). The last
 * lane of touchpoint names is refused (see {@link isLastTouchpointLane}).
 */
export function deleteLane(doc: Y.Doc, laneId: string, options: WriteOptions = {}): Result<void> {
  const lane = readEntity(doc, 'lane', laneId)
  if (!lane) return notFound(laneId)
  if (isLastTouchpointLane(doc, lane))
    return fail({
      code: 'required',
      entity: 'lane',
      field: 'kind',
      message: 'lane: a journey keeps one lane of touchpoint names',
    })
  return deleteEntity(doc, 'lane', laneId, options)
}

function notFound(id: string): Result<never> {
  return fail({ code: 'not_found', entity: 'lane', message: `lane ${id} does not exist` })
}
