import { SqliteStorage } from '../storage/SqliteStorage'
import { readCommandLine, serverConfigFor } from './commandLine'
import type { CommandIo, ExitCode } from './exportCommand'

export const BOARDS_USAGE = `Usage: pnpm samkart boards [--data-dir <folder>]

Lists the stored boards, newest first: id, created, title (tab-separated). Read-only; works
while the server runs.`

/** `samkart boards`: the board list, for finding the id that `link` and `export` take. */
export async function boardsCommand(argv: readonly string[], io: CommandIo): Promise<ExitCode> {
  const line = readCommandLine(argv, [])
  if (typeof line === 'string' || line.positionals.length > 0) {
    const problem = typeof line === 'string' ? line : 'takes no board id'
    io.stderr(`samkart boards: ${problem}\n\n${BOARDS_USAGE}`)
    return 2
  }
  if (line.values.help) {
    io.stdout(`${BOARDS_USAGE}\n`)
    return 0
  }
  const config = serverConfigFor(line, io)
  if (typeof config === 'string') {
    io.stderr(`samkart boards: ${config}`)
    return 2
  }
  const dataDir = config.dataDir
  let storage: SqliteStorage
  try {
    storage = SqliteStorage.openReadOnly(dataDir)
  } catch (err) {
    io.stderr(`samkart boards: cannot read the board storage in ${dataDir}: ${String(err)}`)
    return 1
  }
  try {
    for (const board of await storage.listBoards())
      // Tabs and line breaks in a title would break the columns.
      io.stdout(`${board.id}\t${board.createdAt}\t${board.title.replace(/[\t\r\n]+/g, ' ')}\n`)
    return 0
  } finally {
    await storage.close()
  }
}
