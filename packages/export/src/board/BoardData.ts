import type * as Y from 'yjs'
import {
  type BoardSnapshot,
  boardSnapshot,
  readCommentThreads,
  readDangerSignals,
  threadComments,
} from '@samkart/model'
import type { Comment, DangerSignalState } from '@samkart/model'
import { type VoteResult, readVoteResults } from '../votes/VoteResult'

/**
 * Everything an export reads from a board: the model's snapshot plus the danger-signal
 * checklist. Relations with a missing endpoint and touchpoints of a missing phase or journey
 * (left by a concurrent delete) are already left out, as every reader of the board does.
 */
export interface BoardData extends BoardSnapshot {
  dangerSignals: DangerSignalState[]
  /** Revealed dot votes (none when absent); open and closed votes are still secret. */
  votes?: VoteResult[]
  /**
   * Comments of the threads whose item exists, each thread first comment first (absent: none;
   * data made before comments existed).
   */
  comments?: Comment[]
}

/** Reads a live board into {@link BoardData} (a plain copy: later edits do not change it). */
export function readBoardData(doc: Y.Doc): BoardData {
  return withoutDangling({
    ...boardSnapshot(doc),
    dangerSignals: readDangerSignals(doc),
    votes: readVoteResults(doc),
    comments: readCommentThreads(doc).flatMap(threadComments),
  })
}

/**
 * Drops what readers never show: relations whose endpoint is gone, phases of a deleted journey,
 * touchpoints whose phase or journey is gone or disagree with each other, and journey notes
 * likewise. The server prunes
 * these too, but a board read between a delete and the prune would otherwise export entities
 * that cannot be imported again.
 */
export function withoutDangling(board: BoardData): BoardData {
  const actors = new Set(board.actors.map((a) => a.id))
  const journeys = new Set(board.journeys.map((j) => j.id))
  const phases = board.phases.filter((p) => journeys.has(p.journeyId))
  const phaseJourney = new Map(phases.map((p) => [p.id, p.journeyId]))
  return {
    ...board,
    relations: board.relations.filter(
      (r) => actors.has(r.source) && actors.has(r.target) && r.source !== r.target,
    ),
    phases,
    touchpoints: board.touchpoints.filter((t) => phaseJourney.get(t.phaseId) === t.journeyId),
    notes: board.notes.filter(
      (n) => n.surface !== 'journey' || phaseJourney.get(n.phaseId) === n.journeyId,
    ),
  }
}
