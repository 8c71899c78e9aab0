import { useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { type JourneyBoard, createJourneyBoardStore } from './journeyBoardStore'

export type { JourneyBoard } from './journeyBoardStore'

/** The board's journeys and what they refer to, live (see `createJourneyBoardStore`). */
export function useJourneyBoard(doc: Y.Doc): JourneyBoard {
  const store = useMemo(() => createJourneyBoardStore(doc), [doc])
  return useSyncExternalStore(store.subscribe, store.get)
}
