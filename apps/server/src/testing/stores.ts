import { afterAll } from 'vitest'
import { PgDatabase } from '../storage/postgres/PgDatabase'
import { PgStorage } from '../storage/postgres/PgStorage'
import { SqliteStorage } from '../storage/SqliteStorage'
import type { Storage } from '../storage/Storage'
import { PgVoteStore } from '../votes/PgVoteStore'
import { SqliteVoteStore } from '../votes/SqliteVoteStore'
import type { VoteStore } from '../votes/VoteStore'
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

/** Opens the boards store at `location` (without the journal); `close()` frees it all. */
export async function openTestStorage(location: StoreLocation): Promise<Storage> {
  if (location.kind === 'sqlite') return SqliteStorage.open(location.dataDir)
  return new PgStorage(await PgDatabase.open(location.url, 4))
}

/** Opens the vote store at `location`; open the boards store there first (its tables). */
export async function openTestVoteStore(location: StoreLocation): Promise<VoteStore> {
  if (location.kind === 'sqlite') return SqliteVoteStore.open(location.dataDir)
  return new PgVoteStore(await PgDatabase.open(location.url, 2))
}

/** Where a test server keeps its boards. */
export function locationOf(server: { dataDir: string; databaseUrl: string }): StoreLocation {
  return server.databaseUrl === ''
    ? { kind: 'sqlite', dataDir: server.dataDir }
    : { kind: 'postgres', url: server.databaseUrl }
}
