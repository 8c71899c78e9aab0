import type { RegistrySearchResponse } from '@samkart/model'
import { SqliteRegistry } from './SqliteRegistry'

/**
 * The server's view of the imported register: opened on first use and, while none exists,
 * looked for again on each search, so `samkart registry import` beside a running server takes
 * effect without a restart.
 */
export class RegistryIndex {
  private registry: SqliteRegistry | null = null

  constructor(private readonly dataDir: string) {}

  /** The best matches for `query`; no entries and size 0 while nothing has been imported. */
  search(query: string): RegistrySearchResponse {
    this.registry ??= SqliteRegistry.openForSearch(this.dataDir)
    return this.registry?.search(query) ?? { entries: [], size: 0 }
  }

  close(): void {
    this.registry?.close()
    this.registry = null
  }
}
