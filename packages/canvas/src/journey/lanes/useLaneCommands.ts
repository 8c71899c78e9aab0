import {
  addLane,
  deleteLane,
  isLastTouchpointLane,
  moveLane,
  readEntities,
  renameLane,
  setLaneHidden,
} from '@samkart/model'
import { useMemo } from 'react'
import type * as Y from 'yjs'
import type { LaneCommands } from '../LanesDialog'

/** The lane management dialog's commands for one journey, written with this tab's origin. */
export function useLaneCommands(doc: Y.Doc, journeyId: string, origin: unknown): LaneCommands {
  return useMemo<LaneCommands>(
    () => ({
      add: (input) => addLane(doc, journeyId, input, { origin }),
      rename: (lane, title) => renameLane(doc, lane.id, title, { origin }),
      setHidden: (lane, hidden) => void setLaneHidden(doc, lane.id, hidden, { origin }),
      move: (lane, direction) => void moveLane(doc, lane.id, direction, { origin }),
      remove: (lane) => deleteLane(doc, lane.id, { origin }),
      contentCount: (lane) =>
        readEntities(doc, 'laneItem').filter((i) => i.laneId === lane.id).length +
        readEntities(doc, 'note').filter((n) => n.laneId === lane.id).length,
      canDelete: (lane) => !isLastTouchpointLane(doc, lane),
    }),
    [doc, journeyId, origin],
  )
}
