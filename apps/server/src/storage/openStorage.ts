import { join } from 'node:path'
import type { ServerConfig } from '../config'
import type { Logger } from '../log'
import { JournaledStorage } from './JournaledStorage'
import { SqliteStorage } from './SqliteStorage'
import type { Storage } from './Storage'

/** The journal's folder inside the data folder. */
export const JOURNAL_FOLDER = 'journal'

/**
 * The default storage: `<data>/samkart.sqlite` behind the update journal in `<data>/journal/`.
 * Replays what a crash left in the journal before anything else may read the boards.
 */
export async function openStorage(
  config: Pick<ServerConfig, 'dataDir' | 'sqliteSync' | 'journalFlushMs'>,
  logger: Logger,
): Promise<Storage> {
  const sqlite = SqliteStorage.open(config.dataDir, { sync: config.sqliteSync })
  let storage: JournaledStorage
  try {
    storage = await JournaledStorage.open(sqlite, join(config.dataDir, JOURNAL_FOLDER), {
      sync: config.sqliteSync,
      flushDelayMs: config.journalFlushMs,
      onFlushError: (err) =>
        logger.error('moving journaled updates into SQLite failed; retrying', {
          error: err instanceof Error ? err.message : String(err),
        }),
    })
  } catch (err) {
    await sqlite.close()
    throw err
  }
  const { replayed, dropped, ignoredBytes } = storage.recovery
  if (replayed + dropped + ignoredBytes > 0)
    logger.info('replayed the update journal after an unclean stop', {
      replayed,
      dropped,
      ignoredBytes,
    })
  return storage
}
