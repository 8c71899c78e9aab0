import { DEFAULT_IMPORT_MAX_BYTES } from '@samkart/export'
import { createId } from '@samkart/model'
import type { BoardRecord, Storage } from '../storage/Storage'
import type { BuildRefusal } from './BuildOutcome'
import { type HeavyJob, type HeavyOutcome, isBuildOutcome } from '../work/HeavyJob'
import type { WorkerPool } from '../work/WorkerPool'

/**
 * The largest `POST /api/boards` body: a board file at the import limit plus the wrapping
 * object. Other request bodies stay at the API's small default.
 */
export const IMPORT_BODY_BYTES = DEFAULT_IMPORT_MAX_BYTES + 64 * 1024

/**
 * Creates a new board from the raw body of `POST /api/boards { title?, import }`, on the
 * server like every board. Everything that grows with the file (checking its nesting, parsing,
 * migrating, building it entity by entity through the model's validated operations) runs on a
 * worker thread (`buildImportedBoard`); the event loop only hands over the bytes and stores
 * the result. A bad file is refused with the import's error and stores nothing. Rejects with
 * the pool's errors when it is full or the job fails.
 */
export async function importBoard(
  storage: Storage,
  work: WorkerPool<HeavyJob, HeavyOutcome>,
  body: Uint8Array,
  maxEntities: number,
): Promise<{ ok: true; board: BoardRecord } | { ok: false; refusal: BuildRefusal }> {
  const built = await work.run({ type: 'import-board', body, maxEntities }, [
    body.buffer as ArrayBuffer,
  ])
  if (!isBuildOutcome(built)) throw new Error('a build job answered with something else')
  if (!built.ok) return built
  const board: BoardRecord = {
    id: createId(),
    title: built.board.title,
    createdAt: built.board.createdAt,
  }
  await storage.createBoard(board, built.board.state)
  return { ok: true, board }
}
