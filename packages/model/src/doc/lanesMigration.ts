import * as Y from 'yjs'
import type { JourneyLane } from '../journey/lanes'
import { schema1Lanes } from '../journey/schema1Lanes'
import { writeFields } from './entityStore'
import type { Migration } from './migrations'
import { entityRoot } from './schema'

/**
 * Schema 1 → 2: a journey's `lanes` text (the arrangement of eight fixed lanes) becomes lane
 * entities in the same order, hidden lanes hidden; a journey note's `lane` name becomes the
 * `laneId` of that lane of its journey. The old keys are removed. Written straight into the
 * stored maps (not through the validated operations), as the stored data may predate rules the
 * operations enforce; a journey that already has lanes keeps them (a rerun changes nothing).
 */
export const lanesMigration: Migration = {
  from: 1,
  describe: 'journey.lanes and note.lane become lane entities and note.laneId',
  up(doc: Y.Doc) {
    const laneRoot = entityRoot(doc, 'lane')
    const hasLanes = new Set<string>()
    for (const lane of laneRoot.values())
      if (lane instanceof Y.Map) hasLanes.add(String(lane.get('journeyId')))
    const byJourney = new Map<string, Map<JourneyLane, string>>()
    for (const [journeyId, journey] of entityRoot(doc, 'journey').entries()) {
      if (!(journey instanceof Y.Map)) continue
      const value = journey.get('lanes')
      journey.delete('lanes')
      if (hasLanes.has(journeyId)) continue
      const { lanes, byName } = schema1Lanes(journeyId, typeof value === 'string' ? value : '')
      for (const { id, ...fields } of lanes) {
        const ymap = laneRoot.set(id, new Y.Map<unknown>())
        ymap.set('id', id)
        writeFields('lane', ymap, fields)
      }
      byJourney.set(journeyId, byName)
    }
    for (const note of entityRoot(doc, 'note').values()) {
      if (!(note instanceof Y.Map) || !note.has('lane')) continue
      const lane = note.get('lane')
      note.delete('lane')
      const lanes = byJourney.get(String(note.get('journeyId')))
      // A lane name no version wrote falls back to the touchpoint lane rather than losing the note.
      const laneId = lanes?.get(lane as JourneyLane) ?? lanes?.get('touchpoint')
      if (note.get('surface') === 'journey' && laneId) note.set('laneId', laneId)
    }
  },
}
