import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { PgDatabase } from '../storage/postgres/PgDatabase'
import { PgStorage } from '../storage/postgres/PgStorage'
import { PgVoteStore } from '../votes/PgVoteStore'
import { STANDALONE_FILE, SqliteVoteStore } from '../votes/SqliteVoteStore'
import type { CommandIo, ExitCode } from './exportCommand'

/**
 * `samkart migrate --votes-from <folder> --to <url>`: copies the votes one instance kept in
 * `<folder>/votes.sqlite` (before votes moved into PostgreSQL) into the database, for the
 * boards it holds. Run once per instance's folder; running it again changes nothing.
 */
export async function copyStandaloneVotes(
  dataDir: string,
  url: string,
  io: CommandIo,
): Promise<ExitCode> {
  if (!existsSync(join(dataDir, STANDALONE_FILE))) {
    io.stderr(`samkart migrate: no ${STANDALONE_FILE} in ${dataDir}`)
    return 1
  }
  const source = SqliteVoteStore.open(dataDir, { standalone: true })
  let db: PgDatabase
  try {
    db = await PgDatabase.open(url, 2)
  } catch (err) {
    await source.close()
    io.stderr(`samkart migrate: cannot open the database: ${String(err)}`)
    return 1
  }
  const target = new PgVoteStore(db)
  try {
    let votes = 0
    let boards = 0
    for (const board of await new PgStorage(db).listBoards()) {
      const found = await source.exportBoard(board.id)
      if (found.votes.length === 0) continue
      const before = (await target.exportBoard(board.id)).votes.length
      await target.importBoard(board.id, found)
      votes += (await target.exportBoard(board.id)).votes.length - before
      boards++
    }
    io.stdout(`copied ${votes} votes of ${boards} boards\n`)
    return 0
  } catch (err) {
    io.stderr(`samkart migrate: ${String(err)}`)
    return 1
  } finally {
    await source.close()
    await db.close()
  }
}
