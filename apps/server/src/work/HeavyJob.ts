import type { BuildOutcome } from '../boards/BuildOutcome'
import { buildBoardCopy } from '../boards/buildBoardCopy'
import { buildImportedBoard } from '../boards/buildImportedBoard'

/**
 * Work too heavy for the event loop, as it travels to a worker thread (structured clone; the
 * byte arrays are transferred, not copied):
 * - `import-board`: the raw body of `POST /api/boards { title?, import }`, parsed and built
 *   into a board (`buildImportedBoard`);
 * - `copy-board`: a board's state, copied into a new board (`buildBoardCopy`).
 */
export type HeavyJob =
  | { type: 'import-board'; body: Uint8Array; maxEntities: number }
  | { type: 'copy-board'; state: Uint8Array; title: string | undefined; now: string }

/** Every job builds a board or says why not. */
export type HeavyOutcome = BuildOutcome

/** Does one job; runs in the worker thread (and in tests). */
export function runHeavyJob(job: HeavyJob): HeavyOutcome {
  switch (job.type) {
    case 'import-board':
      return buildImportedBoard(job.body, job.maxEntities)
    case 'copy-board':
      return buildBoardCopy(job.state, job.title, new Date(job.now))
    default: {
      const unreachable: never = job
      throw new Error(`unknown job ${JSON.stringify(unreachable)}`)
    }
  }
}

/** The buffers to hand over with `outcome` instead of copying them. */
export function outcomeTransfer(outcome: HeavyOutcome): ArrayBuffer[] {
  return outcome.ok ? [outcome.board.state.buffer as ArrayBuffer] : []
}
