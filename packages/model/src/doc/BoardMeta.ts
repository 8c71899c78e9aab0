/**
 * Board-level metadata, stored as plain values in the root `Y.Map` named `meta`.
 */
export interface BoardMeta {
  title: string
  /** Version of the document format; see `SCHEMA_VERSION` and `migrateBoard`. */
  schemaVersion: number
  /** ISO 8601 timestamp of creation. */
  createdAt: string
  /** Template the board was created from, or `''`. */
  template: string
}

export const TITLE_MAX = 200

/** The document format this code reads and writes (2: lanes are entities, see `migrations`). */
export const SCHEMA_VERSION = 2
