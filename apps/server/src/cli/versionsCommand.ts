import { type VersionSummary } from '@samkart/model'
import { SqliteStorage } from '../storage/SqliteStorage'
import { readCommandLine, serverConfigFor } from './commandLine'
import type { CommandIo, ExitCode } from './exportCommand'

export const VERSIONS_USAGE = `Usage: pnpm samkart versions <boardId> [--data-dir <folder>]

Lists a board's stored versions, newest first: id, created, kind (auto | named | restore),
name, author, summary of changes (tab-separated). Read-only; works while the server runs.
Export one with \`pnpm samkart export <boardId> --version <id> …\`.`

/** `samkart versions`: a board's version history, for scripts and backups. */
export async function versionsCommand(argv: readonly string[], io: CommandIo): Promise<ExitCode> {
  const line = readCommandLine(argv, [])
  if (typeof line !== 'string' && line.values.help) {
    io.stdout(`${VERSIONS_USAGE}\n`)
    return 0
  }
  if (typeof line === 'string' || line.positionals.length !== 1) {
    const problem = typeof line === 'string' ? line : 'give exactly one board id'
    io.stderr(`samkart versions: ${problem}\n\n${VERSIONS_USAGE}`)
    return 2
  }
  const config = serverConfigFor(line, io)
  if (typeof config === 'string') {
    io.stderr(`samkart versions: ${config}`)
    return 2
  }
  const boardId = line.positionals[0]!
  let storage: SqliteStorage
  try {
    storage = SqliteStorage.openReadOnly(config.dataDir)
  } catch (err) {
    io.stderr(
      `samkart versions: cannot read the board storage in ${config.dataDir}: ${String(err)}`,
    )
    return 1
  }
  try {
    if (!(await storage.getBoard(boardId))) {
      io.stderr(
        `samkart versions: no board with id ${JSON.stringify(boardId)} in ${config.dataDir}`,
      )
      return 1
    }
    // Tabs and line breaks in names would break the columns.
    const cell = (text: string | undefined) => (text ?? '').replace(/[\t\r\n]+/g, ' ')
    for (const v of await storage.listVersions(boardId)) {
      const by = v.by ? `${v.by.name ?? ''} (${v.by.role})`.trim() : ''
      const columns = [v.id, v.createdAt, v.kind, cell(v.name), cell(by), describe(v.summary)]
      io.stdout(`${columns.join('\t')}\n`)
    }
    return 0
  } finally {
    await storage.close()
  }
}

/** `+2 actors, -1 actor, 1 moved (1 category), …`: the non-zero counts only. */
function describe(s: VersionSummary): string {
  const parts = [
    s.actorsAdded && `+${s.actorsAdded} actors`,
    s.actorsRemoved && `-${s.actorsRemoved} actors`,
    s.actorsMoved && `${s.actorsMoved} moved (${s.actorsRecategorised} changed category)`,
    s.relationsAdded && `+${s.relationsAdded} relations`,
    s.relationsRemoved && `-${s.relationsRemoved} relations`,
    s.touchpointsAdded && `+${s.touchpointsAdded} touchpoints`,
    s.touchpointsRemoved && `-${s.touchpointsRemoved} touchpoints`,
    s.ownerChanges && `${s.ownerChanges} owner changes`,
  ].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : 'no changes'
}
