import { afterAll } from 'vitest'
import { PgLinkStore } from '../access/PgLinkStore'
import type { LinkStore } from '../access/LinkStore'
import { SqliteLinkStore } from '../access/SqliteLinkStore'
import { PgDatabase } from '../storage/postgres/PgDatabase'
import { PgStorage } from '../storage/postgres/PgStorage'
import { SqliteStorage } from '../storage/SqliteStorage'
import type { Storage } from '../storage/Storage'
import { sharedPostgres, stopSharedServices } from './services'

/** The stores every storage and server test runs against: one matrix, not copies. */
export const STORE_KINDS = ['sqlite', 'postgres'] as const
export type StoreKind = (typeof STORE_KINDS)[number]

/**
 * Registers `afterAll` to stop the test file's PostgreSQL (and Redis) when `kind` needs them;
 * call while tests are collected (in a `describe` body).
 */
export function useServicesFor(kind: StoreKind): void {
  if (kind === 'postgres') afterAll(() => stopSharedServices())
}

/** A fresh empty database on the test file's PostgreSQL. */
export async function freshDatabaseUrl(): Promise<string> {
  return (await sharedPostgres()).createDatabase()
}

/** Where a store keeps its data: a folder for SQLite, a database URL for PostgreSQL. */
export type StoreLocation = { kind: 'sqlite'; dataDir: string } | { kind: 'postgres'; url: string }

/** Opens the boards and links stores at `location`, as a server would. */
export async function openTestStores(
  location: StoreLocation,
): Promise<{ storage: Storage; links: LinkStore }> {
  if (location.kind === 'sqlite') {
    const storage = SqliteStorage.open(location.dataDir)
    return { storage, links: SqliteLinkStore.open(location.dataDir) }
  }
  const db = await PgDatabase.open(location.url, 4)
  return { storage: new PgStorage(db), links: new PgLinkStore(db) }
}
