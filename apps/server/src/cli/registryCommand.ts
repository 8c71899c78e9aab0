import { resolve } from 'node:path'
import { importRegistry } from '../registry/importRegistry'
import { SqliteRegistry } from '../registry/SqliteRegistry'
import { readCommandLine, serverConfigFor } from './commandLine'
import type { CommandIo, ExitCode } from './exportCommand'

export const REGISTRY_USAGE = `Usage: pnpm samkart registry import <file> [--all] [--data-dir <folder>]
       pnpm samkart registry search <text> [--data-dir <folder>]

Loads organisations from Enhetsregisteret, so «Legg til aktør» suggests real agencies by name
or organisation number, filling in name, number, level and kind. Works offline from the file.

  import   replaces the register with the file's organisations: the open download from
           https://data.brreg.no/enhetsregisteret/oppslag/enheter/lastned (CSV, whole register,
           streamed; or JSON), gzipped or not, or your own list with at least the columns
           organisasjonsnummer and navn. Only public bodies are kept (state, municipalities,
           county councils, health trusts and their enterprises) unless --all. Works while the
           server runs; suggestions change at once. A refused file leaves the old register.
  search   prints what a search finds (tab-separated), to check an import.`

/** `samkart registry`: imports Enhetsregisteret's data, or searches what was imported. */
export async function registryCommand(argv: readonly string[], io: CommandIo): Promise<ExitCode> {
  const all = argv.includes('--all')
  const line = readCommandLine(
    argv.filter((a) => a !== '--all'),
    [],
  )
  const usage = (problem: string): ExitCode => {
    io.stderr(`samkart registry: ${problem}\n\n${REGISTRY_USAGE}`)
    return 2
  }
  if (typeof line === 'string') return usage(line)
  if (line.values.help) {
    io.stdout(`${REGISTRY_USAGE}\n`)
    return 0
  }
  const [action, ...rest] = line.positionals
  const config = serverConfigFor(line, io)
  if (typeof config === 'string') return usage(config)
  switch (action) {
    case 'import': {
      if (rest.length !== 1) return usage('give exactly one file to import')
      const file = resolve(io.cwd, rest[0]!)
      try {
        const result = await importRegistry(config.dataDir, file, { publicOnly: !all })
        const { invalid_org_number, no_name, not_public } = result.skipped
        io.stdout(
          `Imported ${result.imported} organisations into ${config.dataDir}.\n` +
            `Left out: ${not_public} not public bodies${all ? '' : ' (--all keeps them)'}, ` +
            `${invalid_org_number} without a valid organisation number, ${no_name} without a name.\n`,
        )
        return 0
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err)
        io.stderr(
          `samkart registry: ${file} was not imported: ${reason}. The register already there is unchanged.`,
        )
        return 1
      }
    }
    case 'search': {
      if (rest.length === 0) return usage('give the text to search for')
      const registry = SqliteRegistry.openForSearch(config.dataDir)
      if (!registry) {
        io.stderr(`samkart registry: no register imported in ${config.dataDir}`)
        return 1
      }
      try {
        for (const e of registry.search(rest.join(' ')).entries)
          io.stdout(`${e.orgNumber}\t${e.name}\t${e.form}\t${e.level}\t${e.kind}\n`)
        return 0
      } finally {
        registry.close()
      }
    }
    default:
      return usage(action ? `unknown action ${JSON.stringify(action)}` : 'say import or search')
  }
}
