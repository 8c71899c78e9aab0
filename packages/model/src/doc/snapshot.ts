import type * as Y from 'yjs'
import type { EntityTypes } from '../entities/registry'
import type { EntityKind } from '../field'
import { type BoardMeta } from './BoardMeta'
import { readMeta } from './board'
import { readEntities } from './entityStore'

/** A plain-JSON copy of a whole board, for export, fixtures and tests. */
export interface BoardSnapshot {
  meta: BoardMeta
  actors: EntityTypes['actor'][]
  relations: EntityTypes['relation'][]
  journeys: EntityTypes['journey'][]
  phases: EntityTypes['phase'][]
  touchpoints: EntityTypes['touchpoint'][]
  notes: EntityTypes['note'][]
  lanes: EntityTypes['lane'][]
  laneItems: EntityTypes['laneItem'][]
  /** The board's personas (absent in snapshots from before personas: none). */
  personas?: EntityTypes['persona'][]
  /** The vocabulary of information asked for (absent in older snapshots: none). */
  infoItems?: EntityTypes['infoItem'][]
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Reads the whole board into plain objects, each list sorted by id (deterministic output). */
export function boardSnapshot(doc: Y.Doc): BoardSnapshot {
  const all = <K extends EntityKind>(kind: K) => readEntities(doc, kind).sort(byId)
  return {
    meta: readMeta(doc),
    actors: all('actor'),
    relations: all('relation'),
    journeys: all('journey'),
    phases: all('phase'),
    touchpoints: all('touchpoint'),
    notes: all('note'),
    lanes: all('lane'),
    laneItems: all('laneItem'),
    personas: all('persona'),
    infoItems: all('infoItem'),
  }
}
