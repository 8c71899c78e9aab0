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
import { PgVoteStore } from '../votes/PgVoteStore'
import { SqliteVoteStore } from '../votes/SqliteVoteStore'
import { copyStandaloneVotes } from './copyStandaloneVotes'
import { readCommandLine } from './commandLine'
import type { CommandIo, ExitCode } from './exportCommand'

export const MIGRATE_USAGE = `Usage: pnpm samkart migrate --from <data folder> --to postgres://…
       pnpm samkart migrate --votes-from <data folder> --to postgres://…

Copies an embedded SQLite data folder into an empty PostgreSQL database: every board with its
snapshot and update log, its versions, share links and dot votes (dots and voter keys too),
and the token secret, so links made before still open their boards. Stop the server first (its
journal is replayed, and the folder lock refuses a running server). The folder is only read;
start the server with SAMKART_DATABASE_URL afterwards.

--votes-from copies the votes an instance kept in <data folder>/votes.sqlite beside PostgreSQL
before votes moved into the database, for the boards the database holds. A board that has an
open vote in the database keeps it; the file's open vote for that board is left out.`

/** `samkart migrate`: SQLite data folder → PostgreSQL. */
export async function migrateCommand(argv: readonly string[], io: CommandIo): Promise<ExitCode> {
  const line = readCommandLine(argv, ['from', 'to', 'votes-from'])
  if (typeof line === 'string') {
    io.stderr(`samkart migrate: ${line}\n\n${MIGRATE_USAGE}`)
    return 2
  }
  if (line.values.help) {
    io.stdout(`${MIGRATE_USAGE}\n`)
    return 0
  }
  const { from, to, 'votes-from': votesFrom } = line.values
  const source = typeof from === 'string' ? from : votesFrom
  if (
    typeof source !== 'string' ||
    (typeof from === 'string') === (typeof votesFrom === 'string') ||
    typeof to !== 'string' ||
    !/^postgres(ql)?:\/\//.test(to)
  ) {
    io.stderr(
      `samkart migrate: needs --from <folder> (or --votes-from <folder>) and --to postgres://…\n\n${MIGRATE_USAGE}`,
    )
    return 2
  }
  const dataDir = isAbsolute(source) ? source : resolve(io.cwd, source)
  if (typeof votesFrom === 'string') return copyStandaloneVotes(dataDir, to, io)
  if (!existsSync(join(dataDir, 'samkart.sqlite'))) {
    io.stderr(`samkart migrate: no samkart.sqlite in ${dataDir}`)
    return 1
  }
  const logger = createLogger('warn', (_level, text) => io.stderr(text))
  let storage
  try {
    storage = await openStorage({ ...DEFAULT_CONFIG, dataDir }, logger)
  } catch (err) {
    io.stderr(`samkart migrate: cannot open ${dataDir}: ${String(err)}`)
    return 1
  }
  const sourceLinks = SqliteLinkStore.open(dataDir)
  const sourceVotes = SqliteVoteStore.open(dataDir)
  let db: PgDatabase
  try {
    db = await PgDatabase.open(to, 2)
  } catch (err) {
    await sourceVotes.close()
    await sourceLinks.close()
    await storage.close()
    io.stderr(`samkart migrate: cannot open the database: ${String(err)}`)
    return 1
  }
  const target = new PgStorage(db)
  const targetLinks = new PgLinkStore(db)
  const targetVotes = new PgVoteStore(db)
  try {
    if ((await target.listBoards()).length > 0) {
      io.stderr('samkart migrate: the database already holds boards; migrate into an empty one')
      return 1
    }
    const secretPath = join(dataDir, SECRET_KEY_FILE)
    if (existsSync(secretPath)) await db.replaceSecret(readFileSync(secretPath))
    const boards = await storage.listBoards()
    let updates = 0
    let versions = 0
    let links = 0
    let votes = 0
    // Oldest first, so the list's order (newest first, ties by insertion) stays the same.
    for (const listed of [...boards].reverse()) {
      const stored = await storage.loadBoard(listed.id)
      if (!stored) continue
      await target.createBoard(stored.board, stored.snapshot ?? new Uint8Array([0, 0]))
      updates += await target.appendUpdates(
        stored.updates.map((update) => ({ boardId: listed.id, update })),
      )
      for (const version of [...(await storage.listVersions(listed.id))].reverse()) {
        const full = await storage.loadVersion(listed.id, version.id)
        if (!full) continue
        await target.addVersion(listed.id, full.version, full.state)
        versions++
      }
      for (const link of await sourceLinks.list(listed.id)) {
        await targetLinks.create(link)
        links++
      }
      const boardVotes = await sourceVotes.exportBoard(listed.id)
      await targetVotes.importBoard(listed.id, boardVotes)
      votes += boardVotes.votes.length
    }
    io.stdout(
      `moved ${boards.length} boards, ${updates} logged updates, ${versions} versions, ${links} share links and ${votes} votes\n`,
    )
    return 0
  } catch (err) {
    io.stderr(`samkart migrate: ${String(err)}`)
    return 1
  } finally {
    await sourceVotes.close()
    await sourceLinks.close()
    await storage.close()
    await db.close()
  }
}
