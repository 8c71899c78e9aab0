import { type RegistryEntry, type RegistrySkip, registryEntryFrom } from '@samkart/model'
import { readRegistryFile } from './readRegistryFile'
import { SqliteRegistry } from './SqliteRegistry'

/** Options of {@link importRegistry}. */
export interface ImportRegistryOptions {
  /** Keep only public bodies (the default); `false` keeps every unit in the file. */
  publicOnly: boolean
}

/** What an import did: how many organisations it kept, and how many rows it left out and why. */
export interface ImportRegistryResult {
  imported: number
  importedAt: string
  skipped: Record<RegistrySkip, number>
}

/**
 * Imports an Enhetsregisteret download into the data folder's register, replacing what was
 * there. Throws `RegistryFileError` for a file that is not such a register, and an `Error`
 * when no row is usable; in both cases the register already there is kept.
 */
export async function importRegistry(
  dataDir: string,
  file: string,
  options: ImportRegistryOptions,
): Promise<ImportRegistryResult> {
  const skipped: Record<RegistrySkip, number> = {
    invalid_org_number: 0,
    no_name: 0,
    not_public: 0,
  }
  async function* entries(): AsyncGenerator<RegistryEntry> {
    for await (const record of readRegistryFile(file)) {
      const entry = registryEntryFrom(record, options.publicOnly)
      if (typeof entry === 'string') skipped[entry]++
      else yield entry
    }
  }
  const registry = SqliteRegistry.openForImport(dataDir)
  try {
    const summary = await registry.replace(entries())
    return { ...summary, skipped }
  } finally {
    registry.close()
  }
}
