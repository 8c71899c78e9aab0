import type { VersionSummary } from '@samkart/model'
import type { BuildOutcome } from '../boards/BuildOutcome'
import { buildBoardCopy } from '../boards/buildBoardCopy'
import { buildImportedBoard } from '../boards/buildImportedBoard'
import { summariseStates } from '../history/summariseStates'

/**
 * Work too heavy for the event loop, as it travels to a worker thread (structured clone; the
 * byte arrays are transferred, not copied):
 * - `import-board`: the raw body of `POST /api/boards { title?, import }`, parsed and built
 *   into a board (`buildImportedBoard`);
 * - `copy-board`: a board's state, copied into a new board (`buildBoardCopy`);
 * - `summarise-version`: the summary of a new version against the one before it, from the two
 *   states (`summariseStates`).
 */
export type HeavyJob =
  | { type: 'import-board'; body: Uint8Array; maxEntities: number }
  | { type: 'copy-board'; state: Uint8Array; title: string | undefined; now: string }
  | { type: 'summarise-version'; before: Uint8Array | null; after: Uint8Array }

/** A version's summary, from `summarise-version`. */
export interface SummaryOutcome {
  ok: true
  summary: VersionSummary
}

/** Building jobs build a board or say why not; `summarise-version` gives a summary. */
export type HeavyOutcome = BuildOutcome | SummaryOutcome

/** Whether an outcome is a building job's (the callers know which job they sent). */
export function isBuildOutcome(outcome: HeavyOutcome): outcome is BuildOutcome {
  return !('summary' in outcome)
}

/** Does one job; runs in the worker thread (and in tests). */
export function runHeavyJob(job: HeavyJob): HeavyOutcome {
  switch (job.type) {
    case 'import-board':
      return buildImportedBoard(job.body, job.maxEntities)
    case 'copy-board':
      return buildBoardCopy(job.state, job.title, new Date(job.now))
    case 'summarise-version':
      return { ok: true, summary: summariseStates(job.before, job.after) }
    default: {
      const unreachable: never = job
      throw new Error(`unknown job ${JSON.stringify(unreachable)}`)
    }
  }
}

/** The buffers to hand over with `outcome` instead of copying them. */
export function outcomeTransfer(outcome: HeavyOutcome): ArrayBuffer[] {
  return isBuildOutcome(outcome) && outcome.ok ? [outcome.board.state.buffer as ArrayBuffer] : []
}
