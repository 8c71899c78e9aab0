import * as Y from 'yjs'
import {
  type BoardSnapshot,
  type VersionSummary,
  boardSnapshot,
  migrateBoard,
  versionSummary,
} from '@samkart/model'

/** The content of a stored state, brought to the current format as a loaded board would be. */
export function contentOf(state: Uint8Array): BoardSnapshot {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, state)
    migrateBoard(doc)
    return boardSnapshot(doc)
  } finally {
    doc.destroy()
  }
}

/** A board with the same metadata and no content: the base of a board's first version. */
export function emptyLike(content: BoardSnapshot): BoardSnapshot {
  return {
    meta: content.meta,
    actors: [],
    relations: [],
    journeys: [],
    phases: [],
    touchpoints: [],
    notes: [],
    lanes: [],
    laneItems: [],
  }
}

/**
 * The summary of changes from one stored state to another (`before` `null`: from an empty
 * board). Decodes both: for a 5,000-entity board a few hundred milliseconds, so the server
 * runs it on a worker thread (`summarise-version`).
 */
export function summariseStates(before: Uint8Array | null, after: Uint8Array): VersionSummary {
  const content = contentOf(after)
  return versionSummary(before ? contentOf(before) : emptyLike(content), content)
}
