import * as Y from 'yjs'
import { createId, validateBoardTitle } from '@samkart/model'
import type { BoardRecord, Storage } from '../storage/Storage'
import type { BoardRooms } from '../sync/BoardRooms'
import { type HeavyJob, type HeavyOutcome, isBuildOutcome } from '../work/HeavyJob'
import type { WorkerPool } from '../work/WorkerPool'
import { type BuildRefusal, modelRefusal } from './BuildOutcome'

/**
 * Copies a board into a new one: the source's live state (everything its clients have had
 * stored, taken in its room's queue; loaded and migrated first if no one has it open) under a
 * new id, with a new creation time and `title`, or the source's title when none is given (the
 * web app sends a translated "Copy of …"; the server invents no wording). The title is checked
 * by the model. Only encoding the source's state happens on the event loop (it needs the live
 * document); building the copy runs on a worker thread (`buildBoardCopy`). `undefined`: no
 * such source board. Rejects with the pool's errors when it is full or the job fails.
 */
export async function duplicateBoard(
  rooms: BoardRooms,
  storage: Storage,
  work: WorkerPool<HeavyJob, HeavyOutcome>,
  sourceId: string,
  title: unknown,
): Promise<{ ok: true; board: BoardRecord } | { ok: false; refusal: BuildRefusal } | undefined> {
  if (title !== undefined) {
    const error = validateBoardTitle(title)
    if (error) return modelRefusal(error)
  }
  const outcome = await rooms.withRoom(sourceId, (room) =>
    room.run((doc) => Y.encodeStateAsUpdate(doc)),
  )
  if (!outcome.found) return undefined
  const state = outcome.value
  const built = await work.run(
    {
      type: 'copy-board',
      state,
      title: typeof title === 'string' ? title : undefined,
      now: new Date().toISOString(),
    },
    [state.buffer as ArrayBuffer],
  )
  if (!isBuildOutcome(built)) throw new Error('a build job answered with something else')
  if (!built.ok) return built
  const { title: copyTitle, createdAt } = built.board
  const board: BoardRecord = { id: createId(), title: copyTitle, createdAt }
  await storage.createBoard(board, built.board.state)
  return { ok: true, board }
}
