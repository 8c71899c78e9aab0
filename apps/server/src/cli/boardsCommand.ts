import { parseArgs } from 'node:util'
import { loadConfig } from '../config'
import { SqliteStorage } from '../storage/SqliteStorage'
import type { CommandIo, ExitCode } from './exportCommand'

export const BOARDS_USAGE = `Usage: pnpm samkart boards [--data-dir <folder>]

Lists the stored boards, newest first: id, created, title (tab-separated). Read-only; works
while the server runs.`

/** `samkart boards`: the board list, for finding the id that `link` and `export` take. */
export async function boardsCommand(argv: readonly string[], io: CommandIo): Promise<ExitCode> {
  let dataDirFlag: string | undefined
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { 'data-dir': { type: 'string' }, help: { type: 'boolean' } },
    })
    if (values.help) {
      io.stdout(`${BOARDS_USAGE}\n`)
      return 0
    }
    if (positionals.length > 0) throw new Error('takes no board id')
    dataDirFlag = values['data-dir']
  } catch (err) {
    io.stderr(`samkart boards: ${(err as Error).message}\n\n${BOARDS_USAGE}`)
    return 2
  }
  const config = loadConfig(dataDirFlag ? ['--data-dir', dataDirFlag] : [], io.env, io.cwd)
  if (!config.ok || !('config' in config)) {
    io.stderr(`samkart boards: ${config.ok ? 'no configuration' : config.error}`)
    return 2
  }
  const dataDir = config.config.dataDir
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
