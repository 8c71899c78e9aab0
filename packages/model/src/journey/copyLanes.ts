import type * as Y from 'yjs'
import { createEntity } from '../ops/entityOps'
import { readEntities } from '../doc/entityStore'
import { readLanes } from './laneOps'

/**
 * Copies a journey's lanes and lane items to its copy, inside the caller's transaction. Items
 * move to the copied phases; their links point at the copied touchpoints and pain items, links
 * to anything not copied are dropped.
 */
export function copyLanes(
  doc: Y.Doc,
  fromJourney: string,
  toJourney: string,
  ids: { phases: ReadonlyMap<string, string>; touchpoints: ReadonlyMap<string, string> },
): void {
  const laneIds = new Map<string, string>()
  for (const { id, ...lane } of readLanes(doc, fromJourney)) {
    const copy = createEntity(doc, 'lane', { ...lane, journeyId: toJourney })
    if (copy.ok) laneIds.set(id, copy.value)
  }
  const items = readEntities(doc, 'laneItem').filter((i) => i.journeyId === fromJourney)
  // Pain items first, so an opportunity's link to a pain item finds the copy.
  items.sort((a, b) => Number(b.kind === 'pain') - Number(a.kind === 'pain'))
  const itemIds = new Map<string, string>()
  const mapped = (list: string[], map: ReadonlyMap<string, string>) =>
    list.flatMap((id) => (map.has(id) ? [map.get(id)!] : []))
  for (const { id, ...item } of items) {
    const laneId = laneIds.get(item.laneId)
    const phaseId = ids.phases.get(item.phaseId)
    if (!laneId || !phaseId) continue
    const copy = createEntity(doc, 'laneItem', {
      ...item,
      journeyId: toJourney,
      laneId,
      phaseId,
      touchpoints: mapped(item.touchpoints, ids.touchpoints),
      pains: mapped(item.pains, itemIds),
    })
    if (copy.ok) itemIds.set(id, copy.value)
  }
}
