import {
  type Actor,
  type InfoItem,
  type Journey,
  type Lane,
  type LaneItem,
  type Phase,
  type Touchpoint,
  entityRoot,
  readActors,
  readEntities,
  readJourneys,
} from '@samkart/model'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'

/** Everything the journey screens show: journeys, their phases and touchpoints, and actors. */
export interface JourneyBoard {
  journeys: Journey[]
  phases: Phase[]
  touchpoints: Touchpoint[]
  actors: Actor[]
  /** Every journey's lanes and lane items (filter by `journeyId`, sort by order). */
  lanes: Lane[]
  laneItems: LaneItem[]
  /** The information vocabulary, for the detected repeated requests. */
  infoItems: InfoItem[]
}

const ROOTS = ['journey', 'phase', 'touchpoint', 'actor', 'lane', 'laneItem', 'infoItem'] as const

/**
 * The board's journeys and what they refer to, re-read after every transaction that touches
 * one of them. A workshop board holds tens of touchpoints, not thousands, so one re-read is
 * cheaper to reason about than per-entity subscriptions; actors are included because the
 * responsibility lane shows their names live.
 */
export function useJourneyBoard(doc: Y.Doc): JourneyBoard {
  const [state, setState] = useState<JourneyBoard>(() => read(doc))
  useEffect(() => {
    const refresh = () => setState(read(doc))
    refresh()
    const roots = ROOTS.map((kind) => entityRoot(doc, kind))
    for (const root of roots) root.observeDeep(refresh)
    return () => {
      for (const root of roots) root.unobserveDeep(refresh)
    }
  }, [doc])
  return state
}

function read(doc: Y.Doc): JourneyBoard {
  return {
    journeys: readJourneys(doc),
    phases: readEntities(doc, 'phase'),
    touchpoints: readEntities(doc, 'touchpoint'),
    actors: readActors(doc),
    lanes: readEntities(doc, 'lane'),
    laneItems: readEntities(doc, 'laneItem'),
    infoItems: readEntities(doc, 'infoItem'),
  }
}
