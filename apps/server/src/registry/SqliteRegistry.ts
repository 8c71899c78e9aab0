import { existsSync } from 'node:fs'
import { join } from 'node:path'
import {
  REGISTRY_SEARCH_LIMIT,
  type RegistryEntry,
  type RegistrySearchResponse,
  type ActorKind,
  type ActorLevel,
} from '@samkart/model'
import Database from 'better-sqlite3'

/** The register's file in the data folder, apart from the boards: it is public data, replaced whole. */
export const REGISTRY_FILE = 'registry.sqlite'

/** What an import reports. */
export interface RegistryImportSummary {
  imported: number
  importedAt: string
}

interface Row {
  org_number: string
  name: string
  form: string
  parent: string
  level: string
  kind: string
}

const SCHEMA = `
  CREATE VIRTUAL TABLE IF NOT EXISTS registry USING fts5(
    name_key, org_number, name UNINDEXED, form UNINDEXED, parent UNINDEXED, level UNINDEXED,
    kind UNINDEXED,
    tokenize = 'trigram'
  );
  CREATE TABLE IF NOT EXISTS registry_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`

/**
 * Enhetsregisteret's organisations for «Legg til aktør», in `<data>/registry.sqlite`. A
 * full-text index with trigrams finds a name by any part of it («velferd» finds «Arbeids- og
 * velferdsetaten») and a number by its first digits, without a network: the data is what the
 * operator imported. An import replaces everything in one transaction, so a running server
 * (reading through WAL) sees the old register or the new one, never half of each, and a
 * refused file leaves the old one as it was.
 */
export class SqliteRegistry {
  private constructor(private readonly db: Database.Database) {}

  /** Opens (creating if needed) the register for an import. */
  static openForImport(dataDir: string): SqliteRegistry {
    const db = new Database(join(dataDir, REGISTRY_FILE))
    db.pragma('journal_mode = WAL')
    db.pragma('busy_timeout = 5000')
    db.exec(SCHEMA)
    return new SqliteRegistry(db)
  }

  /** Opens the register to search it, or `null` while no operator has imported one. */
  static openForSearch(dataDir: string): SqliteRegistry | null {
    const path = join(dataDir, REGISTRY_FILE)
    if (!existsSync(path)) return null
    const db = new Database(path, { readonly: true, fileMustExist: true })
    db.pragma('busy_timeout = 5000')
    return new SqliteRegistry(db)
  }

  /**
   * Replaces the register with `entries` in one transaction. Pulls the entries itself, so a
   * streamed file of a million rows is never in memory at once; throws (keeping the old
   * register) if the source throws or yields nothing.
   */
  async replace(entries: AsyncIterable<RegistryEntry>): Promise<RegistryImportSummary> {
    const insert = this.db.prepare(
      'INSERT INTO registry (name_key, org_number, name, form, parent, level, kind) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    const seen = new Set<string>()
    let imported = 0
    // better-sqlite3 transactions are synchronous; an async source needs BEGIN/COMMIT by hand.
    this.db.exec('BEGIN IMMEDIATE')
    try {
      this.db.exec('DELETE FROM registry')
      for await (const entry of entries) {
        // A unit listed twice (two downloads joined) is kept once.
        if (seen.has(entry.orgNumber)) continue
        seen.add(entry.orgNumber)
        insert.run(
          nameKey(entry.name),
          entry.orgNumber,
          entry.name,
          entry.form,
          entry.parent,
          entry.level,
          entry.kind,
        )
        imported++
      }
      if (imported === 0) throw new Error('the file holds no organisation Samkart can use')
      const importedAt = new Date().toISOString()
      const meta = this.db.prepare(
        'INSERT INTO registry_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      )
      meta.run('importedAt', importedAt)
      meta.run('size', String(imported))
      this.db.exec('COMMIT')
      return { imported, importedAt }
    } catch (err) {
      this.db.exec('ROLLBACK')
      throw err
    }
  }

  /** How many organisations the register holds. */
  size(): number {
    const row = this.db.prepare("SELECT value FROM registry_meta WHERE key = 'size'").get() as
      { value: string } | undefined
    return row ? Number(row.value) : 0
  }

  /** When the register was last imported (ISO 8601), or `null`. */
  importedAt(): string | null {
    const row = this.db
      .prepare("SELECT value FROM registry_meta WHERE key = 'importedAt'")
      .get() as { value: string } | undefined
    return row?.value ?? null
  }

  /**
   * The best matches for what someone types: digits search organisation numbers by their
   * start, anything else names by any part, names that start with the text first, then the
   * shortest (the agency itself before its many sub-units).
   */
  search(query: string, limit = REGISTRY_SEARCH_LIMIT): RegistrySearchResponse {
    const size = this.size()
    const text = query.replace(/\s+/g, ' ').trim()
    const digits = text.replace(/\s/g, '')
    if (size === 0 || text.length < 2) return { entries: [], size }
    let rows: Row[]
    if (/^\d+$/.test(digits)) {
      rows = this.db
        .prepare(
          "SELECT * FROM registry WHERE org_number LIKE ? ESCAPE '\\' ORDER BY org_number LIMIT ?",
        )
        .all(`${digits}%`, limit) as Row[]
    } else {
      const needle = escapeLike(nameKey(text))
      rows = this.db
        .prepare(
          `SELECT * FROM registry WHERE name_key LIKE ? ESCAPE '\\'
           ORDER BY (name_key LIKE ? ESCAPE '\\') DESC, length(name), name LIMIT ?`,
        )
        .all(`%${needle}%`, `${needle}%`, limit) as Row[]
    }
    return { entries: rows.map(toEntry), size }
  }

  close(): void {
    this.db.close()
  }
}

/**
 * What names are matched on: lower case by Norwegian rules, since SQLite's LIKE folds only
 * ASCII and «ØST» must find «øst».
 */
function nameKey(name: string): string {
  return name.toLocaleLowerCase('nb')
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

function toEntry(row: Row): RegistryEntry {
  return {
    orgNumber: row.org_number,
    name: row.name,
    form: row.form,
    parent: row.parent,
    level: row.level as ActorLevel,
    kind: row.kind as ActorKind,
  }
}
