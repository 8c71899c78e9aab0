import {
  type Actor,
  type EntityKind,
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

/** Each part of the board, the root it comes from and how it is read. */
const PARTS: { [P in keyof JourneyBoard]: [EntityKind, (doc: Y.Doc) => JourneyBoard[P]] } = {
  journeys: ['journey', readJourneys],
  phases: ['phase', (doc) => readEntities(doc, 'phase')],
  touchpoints: ['touchpoint', (doc) => readEntities(doc, 'touchpoint')],
  actors: ['actor', readActors],
  lanes: ['lane', (doc) => readEntities(doc, 'lane')],
  laneItems: ['laneItem', (doc) => readEntities(doc, 'laneItem')],
  infoItems: ['infoItem', (doc) => readEntities(doc, 'infoItem')],
}
const PART_NAMES = Object.keys(PARTS) as (keyof JourneyBoard)[]

/** Reads every part of the board. */
export function readJourneyBoard(doc: Y.Doc): JourneyBoard {
  const board = {} as Record<keyof JourneyBoard, unknown>
  for (const part of PART_NAMES) board[part] = PARTS[part][1](doc)
  return board as unknown as JourneyBoard
}

/** A {@link JourneyBoard} kept up to date, in the shape `useSyncExternalStore` takes. */
export interface JourneyBoardStore {
  get: () => JourneyBoard
  /** Starts following the document with the first listener, stops with the last. */
  subscribe: (listener: () => void) => () => void
}

/**
 * The journey screens' view of the board. After each transaction it re-reads only the parts
 * whose root the transaction changed, and tells its listeners once; the other parts keep their
 * arrays. So typing in a touchpoint does not read every actor again (3,000 of them on a big
 * board), and whatever a screen derives from an unchanged part keeps its memo. Within a part it
 * re-reads the whole: a workshop board holds tens of touchpoints, not thousands, and one read
 * is simpler to reason about than per-entity subscriptions. Actors are a part because the
 * responsibility lane shows their names live.
 */
export function createJourneyBoardStore(doc: Y.Doc): JourneyBoardStore {
  let board = readJourneyBoard(doc)
  const listeners = new Set<() => void>()
  const roots = PART_NAMES.map((part) => [part, entityRoot(doc, PARTS[part][0])] as const)

  const onTransaction = (transaction: Y.Transaction) => {
    // Keyed by the types with changes in them (deep), the roots among them.
    const changed = transaction.changedParentTypes as Map<unknown, unknown>
    let next: JourneyBoard | undefined
    for (const [part, root] of roots) {
      if (!changed.has(root)) continue
      next ??= { ...board }
      ;(next as unknown as Record<string, unknown>)[part] = PARTS[part][1](doc)
    }
    if (!next) return
    board = next
    for (const listener of listeners) listener()
  }

  return {
    get: () => board,
    subscribe(listener) {
      if (listeners.size === 0) {
        // Whatever changed while no one was listening.
        board = readJourneyBoard(doc)
        doc.on('afterTransaction', onTransaction)
      }
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) doc.off('afterTransaction', onTransaction)
      }
    },
  }
}
