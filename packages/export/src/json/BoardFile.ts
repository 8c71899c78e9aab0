import {
  type Actor,
  type Comment,
  type DangerSignalState,
  type InfoItem,
  type Journey,
  type Lane,
  type LaneItem,
  type Note,
  type Persona,
  type Phase,
  type Relation,
  type Touchpoint,
  type JourneyLane,
  schema1Lanes,
} from '@samkart/model'
import type { VoteResult } from '../votes/VoteResult'

/** The `format` value of a Samkart board file. */
export const BOARD_FILE_FORMAT = 'samkart-board'

/**
 * The board-file version this code writes. Bump it (and add a migration in
 * `BOARD_FILE_MIGRATIONS`) whenever the entities' fields change in a way an older file does not
 * already satisfy through defaults.
 */
export const BOARD_FILE_VERSION = 2

/** The board inside a board file: metadata and every entity, with the ids of this board. */
export interface BoardFileContent {
  title: string
  createdAt: string
  template: string
  actors: Actor[]
  relations: Relation[]
  journeys: Journey[]
  phases: Phase[]
  touchpoints: Touchpoint[]
  /** Every journey's lanes (version 2 on), journey by journey, top to bottom. */
  lanes: Lane[]
  /** Items of custom lanes (version 2 on); absent reads as none. */
  laneItems: LaneItem[]
  /** Personas (absent in files from before personas: read as none). */
  personas: Persona[]
  /** The vocabulary of information asked for (absent in older files: none). */
  infoItems: InfoItem[]
  /** Sticky notes; absent in files from before notes, which then read as none. */
  notes: Note[]
  dangerSignals: DangerSignalState[]
  /** Revealed dot votes; absent when the board has none. */
  votes?: VoteResult[]
  /** Comment threads (absent in files from before comments: read as none). */
  comments: Comment[]
}

/** A versioned board file (docs/doc-schema.md, «Board export file»). */
export interface BoardFile {
  format: typeof BOARD_FILE_FORMAT
  version: typeof BOARD_FILE_VERSION
  /** ISO 8601. */
  exportedAt: string
  board: BoardFileContent
}

/** One step that upgrades a parsed board file from version `from` to `from + 1`. */
export interface BoardFileMigration {
  from: number
  describe: string
  /** Returns the file in the next version's shape (the input may be changed). */
  up(file: Record<string, unknown>): Record<string, unknown>
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Version 1 → 2, as the stored board's `lanesMigration`: each journey's `lanes` text becomes
 * lane entities (the built-in lanes in its order, hidden ones hidden) and each journey note's
 * `lane` name the `laneId` of that lane of its journey. Anything malformed is left for the
 * content check to refuse.
 */
export const lanesFileMigration: BoardFileMigration = {
  from: 1,
  describe: 'journey.lanes and note.lane become lanes and note.laneId',
  up(file) {
    const board = file.board
    if (!isObject(board)) return { ...file, version: 2 }
    const lanes: Lane[] = []
    const byJourney = new Map<string, Map<JourneyLane, string>>()
    const journeys = Array.isArray(board.journeys) ? board.journeys : []
    for (const journey of journeys) {
      if (!isObject(journey) || typeof journey.id !== 'string') continue
      const made = schema1Lanes(journey.id, typeof journey.lanes === 'string' ? journey.lanes : '')
      delete journey.lanes
      lanes.push(...made.lanes)
      byJourney.set(journey.id, made.byName)
    }
    const notes = Array.isArray(board.notes) ? board.notes : []
    for (const note of notes) {
      if (!isObject(note) || !('lane' in note)) continue
      const names = byJourney.get(String(note.journeyId))
      const laneId = names?.get(note.lane as JourneyLane) ?? names?.get('touchpoint')
      delete note.lane
      if (note.surface === 'journey' && laneId) note.laneId = laneId
    }
    return { ...file, version: 2, board: { ...board, lanes, laneItems: [] } }
  },
}

/** Ordered board-file migrations; a new version appends `{ from: n, … }` here. */
export const BOARD_FILE_MIGRATIONS: readonly BoardFileMigration[] = [lanesFileMigration]
