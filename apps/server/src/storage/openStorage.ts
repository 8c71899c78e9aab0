import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { LinkStore } from '../access/LinkStore'
import { loadSecretKey } from '../access/loadSecretKey'
import { PgLinkStore } from '../access/PgLinkStore'
import { SqliteLinkStore } from '../access/SqliteLinkStore'
import type { ServerConfig } from '../config'
import type { Logger } from '../log'
import { PgVoteStore } from '../votes/PgVoteStore'
import { STANDALONE_FILE, SqliteVoteStore } from '../votes/SqliteVoteStore'
import type { VoteStore } from '../votes/VoteStore'
import { JournaledStorage } from './JournaledStorage'
import { PgDatabase } from './postgres/PgDatabase'
import { PgStorage } from './postgres/PgStorage'
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

/** Where a server keeps boards, links, votes and the token secret. */
export interface Stores {
  storage: Storage
  links: LinkStore
  /** Votes and dots: beside the boards, in the same database. */
  votes: VoteStore
  /** The key share-link tokens are signed with. */
  secret: Buffer
  /** Which store: for the start line and the cross-instance relay (PostgreSQL only). */
  kind: 'sqlite' | 'postgres'
}

/**
 * Opens the configured stores: with `databaseUrl`, PostgreSQL for everything (schema migrated
 * on start, the token secret shared through the database, no local journal: every update is
 * committed in PostgreSQL before it is relayed); otherwise the embedded SQLite file, the
 * journal and `<dataDir>/secret.key`. `given` replaces either store (tests).
 */
export async function openStores(
  config: Pick<ServerConfig, 'dataDir' | 'sqliteSync' | 'journalFlushMs' | 'databaseUrl'>,
  logger: Logger,
  given: { storage?: Storage; links?: LinkStore } = {},
): Promise<Stores> {
  if (config.databaseUrl !== '') {
    const db = await PgDatabase.open(config.databaseUrl)
    // Before votes moved into PostgreSQL each instance kept its own file; say how to bring in
    // the votes it holds rather than silently leave them behind.
    if (existsSync(join(config.dataDir, STANDALONE_FILE)))
      logger.warn(
        `${STANDALONE_FILE} in the data folder is no longer read: votes live in PostgreSQL; ` +
          'copy them with `samkart migrate --votes-from <data folder> --to <database url>`',
      )
    try {
      return {
        storage: given.storage ?? new PgStorage(db),
        links: given.links ?? new PgLinkStore(db),
        votes: new PgVoteStore(db),
        secret: await db.secret(),
        kind: 'postgres',
      }
    } catch (err) {
      await db.close()
      throw err
    }
  }
  const storage = given.storage ?? (await openStorage(config, logger))
  const opened: { close(): Promise<void> }[] = [storage]
  try {
    const links = given.links ?? SqliteLinkStore.open(config.dataDir)
    opened.push(links)
    const votes = SqliteVoteStore.open(config.dataDir)
    opened.push(votes)
    return { storage, links, votes, secret: loadSecretKey(config.dataDir), kind: 'sqlite' }
  } catch (err) {
    for (const store of opened.reverse()) await store.close()
    throw err
  }
}
