import type { Lane } from '../entities/Lane'
import { createId } from '../ids'
import { orderBetween } from '../order'
import { type JourneyLane, builtInLaneShape, parseLanes } from './lanes'

/**
 * The lane entities that stand for a schema-1 journey's `lanes` value: the eight built-in lanes
 * in its order, hidden as it hid them, with fresh ids and order keys. Shared by the migration of
 * a stored board and of an older board file, so both read old boards the same way.
 *
 * @returns the lanes, and the id of each built-in lane (for moving notes to `laneId`)
 */
export function schema1Lanes(
  journeyId: string,
  value: string,
): { lanes: Lane[]; byName: Map<JourneyLane, string> } {
  const lanes: Lane[] = []
  const byName = new Map<JourneyLane, string>()
  let order: string | null = null
  for (const { lane, hidden } of parseLanes(value)) {
    order = orderBetween(order, null)
    const id = createId()
    byName.set(lane, id)
    lanes.push({ id, journeyId, order, ...builtInLaneShape(lane), title: '', hidden })
  }
  return { lanes, byName }
}
