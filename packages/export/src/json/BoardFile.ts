import type {
  Actor,
  Comment,
  DangerSignalState,
  Journey,
  InfoItem,
  Note,
  Persona,
  Phase,
  Relation,
  Touchpoint,
} from '@samkart/model'
import type { VoteResult } from '../votes/VoteResult'

/** The `format` value of a Samkart board file. */
export const BOARD_FILE_FORMAT = 'samkart-board'

/**
 * The board-file version this code writes. Bump it (and add a migration in
 * `BOARD_FILE_MIGRATIONS`) whenever the entities' fields change in a way an older file does not
 * already satisfy through defaults.
 */
export const BOARD_FILE_VERSION = 1

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

/**
 * Ordered board-file migrations. Version 1 is the first published format, so the list is
 * empty; a new version appends `{ from: 1, … }` here.
 */
export const BOARD_FILE_MIGRATIONS: readonly BoardFileMigration[] = []
