import type * as Y from 'yjs'
import type { LaneItem } from '../entities/LaneItem'
import type { ModelError } from '../result'
import { readEntity } from './entityStore'

/**
 * The cross-field rule of a lane item: its lane and phase belong to its journey, and its lane
 * has cells of items (a `text` or `items` lane). Runs when the item's place changes.
 */
export function checkLaneItemPlace(
  doc: Y.Doc,
  item: LaneItem,
  changed: ReadonlySet<string>,
): ModelError | null {
  if (!['journeyId', 'laneId', 'phaseId'].some((field) => changed.has(field))) return null
  const lane = readEntity(doc, 'lane', item.laneId)
  const phase = readEntity(doc, 'phase', item.phaseId)
  if (
    lane &&
    (lane.journeyId !== item.journeyId || (lane.kind !== 'text' && lane.kind !== 'items'))
  )
    return {
      code: 'missing_reference',
      entity: 'laneItem',
      field: 'laneId',
      message: 'laneItem.laneId: the lane must be a text or items lane of the item’s journey',
    }
  if (phase && phase.journeyId !== item.journeyId)
    return {
      code: 'missing_reference',
      entity: 'laneItem',
      field: 'phaseId',
      message: 'laneItem.phaseId: the phase belongs to another journey',
    }
  return null
}
