import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { SECRET_KEY_FILE } from '../access/loadSecretKey'
import { PgLinkStore } from '../access/PgLinkStore'
import { SqliteLinkStore } from '../access/SqliteLinkStore'
import { createLogger } from '../log'
import { openStorage } from '../storage/openStorage'
import { PgDatabase } from '../storage/postgres/PgDatabase'
import { PgStorage } from '../storage/postgres/PgStorage'
import { DEFAULT_CONFIG } from '../config'
import { readCommandLine } from './commandLine'
import type { CommandIo, ExitCode } from './exportCommand'

export const MIGRATE_USAGE = `Usage: pnpm samkart migrate --from <data folder> --to postgres://…

Copies an embedded SQLite data folder into an empty PostgreSQL database: every board with its
snapshot and update log, its versions and share links, and the token secret, so links made
before still open their boards. Stop the server first (its journal is replayed, and the folder
lock refuses a running server). The folder is only read; start the server with
SAMKART_DATABASE_URL afterwards.`

/** `samkart migrate`: SQLite data folder → PostgreSQL. */
export async function migrateCommand(argv: readonly string[], io: CommandIo): Promise<ExitCode> {
  const line = readCommandLine(argv, ['from', 'to'])
  if (typeof line === 'string') {
    io.stderr(`samkart migrate: ${line}\n\n${MIGRATE_USAGE}`)
    return 2
  }
  if (line.values.help) {
    io.stdout(`${MIGRATE_USAGE}\n`)
    return 0
  }
  const { from, to } = line.values
  if (typeof from !== 'string' || typeof to !== 'string' || !/^postgres(ql)?:\/\//.test(to)) {
    io.stderr(`samkart migrate: needs --from <folder> and --to postgres://…\n\n${MIGRATE_USAGE}`)
    return 2
  }
  const dataDir = isAbsolute(from) ? from : resolve(io.cwd, from)
  if (!existsSync(join(dataDir, 'samkart.sqlite'))) {
    io.stderr(`samkart migrate: no samkart.sqlite in ${dataDir}`)
    return 1
  }
  const logger = createLogger('warn', (_level, text) => io.stderr(text))
  let source
  try {
    source = await openStorage({ ...DEFAULT_CONFIG, dataDir }, logger)
  } catch (err) {
    io.stderr(`samkart migrate: cannot open ${dataDir}: ${String(err)}`)
    return 1
  }
  const sourceLinks = SqliteLinkStore.open(dataDir)
  let db: PgDatabase
  try {
    db = await PgDatabase.open(to, 2)
  } catch (err) {
    await sourceLinks.close()
    await source.close()
    io.stderr(`samkart migrate: cannot open the database: ${String(err)}`)
    return 1
  }
  const target = new PgStorage(db)
  const targetLinks = new PgLinkStore(db)
  try {
    if ((await target.listBoards()).length > 0) {
      io.stderr('samkart migrate: the database already holds boards; migrate into an empty one')
      return 1
    }
    const secretPath = join(dataDir, SECRET_KEY_FILE)
    if (existsSync(secretPath)) await db.replaceSecret(readFileSync(secretPath))
    const boards = await source.listBoards()
    let updates = 0
    let versions = 0
    let links = 0
    // Oldest first, so the list's order (newest first, ties by insertion) stays the same.
    for (const listed of [...boards].reverse()) {
      const stored = await source.loadBoard(listed.id)
      if (!stored) continue
      await target.createBoard(stored.board, stored.snapshot ?? new Uint8Array([0, 0]))
      updates += await target.appendUpdates(
        stored.updates.map((update) => ({ boardId: listed.id, update })),
      )
      for (const version of [...(await source.listVersions(listed.id))].reverse()) {
        const full = await source.loadVersion(listed.id, version.id)
        if (!full) continue
        await target.addVersion(listed.id, full.version, full.state)
        versions++
      }
      for (const link of await sourceLinks.list(listed.id)) {
        await targetLinks.create(link)
        links++
      }
    }
    io.stdout(
      `moved ${boards.length} boards, ${updates} logged updates, ${versions} versions and ${links} share links\n`,
    )
    return 0
  } catch (err) {
    io.stderr(`samkart migrate: ${String(err)}`)
    return 1
  } finally {
    await sourceLinks.close()
    await source.close()
    await db.close()
  }
}
