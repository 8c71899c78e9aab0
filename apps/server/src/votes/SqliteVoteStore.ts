import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { VOTE_STATUSES, type VoteStatus } from '@samkart/model'
import { DATABASE_FILE } from '../storage/SqliteStorage'
import type { BoardVotes, StoredVote, Tally, VoteStore } from './VoteStore'

/**
 * The votes and dots tables, in the boards' file and deleted with their board. Created here
 * with `IF NOT EXISTS`, like the share links, so this store evolves apart from `SqliteStorage`.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS votes (
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    vote_id TEXT NOT NULL,
    dots_per_person INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'revealed')),
    ends_at INTEGER,
    items TEXT NOT NULL,
    PRIMARY KEY (board_id, vote_id)
  ) STRICT;
  CREATE UNIQUE INDEX IF NOT EXISTS votes_one_open ON votes(board_id) WHERE status = 'open';
  CREATE TABLE IF NOT EXISTS vote_dots (
    board_id TEXT NOT NULL,
    vote_id TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    dots INTEGER NOT NULL CHECK (dots > 0),
    PRIMARY KEY (board_id, vote_id, participant_id, item_id),
    FOREIGN KEY (board_id, vote_id) REFERENCES votes(board_id, vote_id) ON DELETE CASCADE
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS vote_voters (
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL,
    key_hash TEXT NOT NULL,
    PRIMARY KEY (board_id, participant_id)
  ) STRICT, WITHOUT ROWID;`

/**
 * The votes' own file beside a PostgreSQL store, before votes moved into PostgreSQL
 * (`PgVoteStore`): `samkart migrate --votes-from` copies it in.
 */
export const STANDALONE_FILE = 'votes.sqlite'

interface VoteRow {
  board_id: string
  vote_id: string
  dots_per_person: number
  status: string
  ends_at: number | null
  items: string
}

const toVote = (row: VoteRow): StoredVote => ({
  boardId: row.board_id,
  voteId: row.vote_id,
  dotsPerPerson: row.dots_per_person,
  status: (VOTE_STATUSES as readonly string[]).includes(row.status)
    ? (row.status as VoteStatus)
    : 'closed',
  endsAt: row.ends_at,
  items: JSON.parse(row.items) as string[],
})

/** {@link VoteStore} in `<dataDir>/samkart.sqlite`, through a connection of its own. */
export class SqliteVoteStore implements VoteStore {
  private readonly statements

  private constructor(private readonly db: Database.Database) {
    this.statements = {
      insert: db.prepare(
        'INSERT INTO votes (board_id, vote_id, dots_per_person, status, ends_at, items) ' +
          'VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      get: db.prepare<[string, string], VoteRow>(
        'SELECT * FROM votes WHERE board_id = ? AND vote_id = ?',
      ),
      open: db.prepare<[string], VoteRow>(
        "SELECT * FROM votes WHERE board_id = ? AND status = 'open' LIMIT 1",
      ),
      setStatus: db.prepare('UPDATE votes SET status = ? WHERE board_id = ? AND vote_id = ?'),
      dotsOf: db.prepare<[string, string, string], { item_id: string; dots: number }>(
        'SELECT item_id, dots FROM vote_dots WHERE board_id = ? AND vote_id = ? AND participant_id = ?',
      ),
      clearDots: db.prepare(
        'DELETE FROM vote_dots WHERE board_id = ? AND vote_id = ? AND participant_id = ?',
      ),
      addDots: db.prepare(
        'INSERT INTO vote_dots (board_id, vote_id, participant_id, item_id, dots) VALUES (?, ?, ?, ?, ?)',
      ),
      totals: db.prepare<[string, string], { item_id: string; total: number }>(
        'SELECT item_id, sum(dots) AS total FROM vote_dots WHERE board_id = ? AND vote_id = ? GROUP BY item_id',
      ),
      voters: db.prepare<[string, string], { voters: number }>(
        'SELECT count(DISTINCT participant_id) AS voters FROM vote_dots WHERE board_id = ? AND vote_id = ?',
      ),
      claim: db.prepare(
        'INSERT INTO vote_voters (board_id, participant_id, key_hash) VALUES (?, ?, ?) ' +
          'ON CONFLICT DO NOTHING',
      ),
      voterKey: db.prepare<[string, string], { key_hash: string }>(
        'SELECT key_hash FROM vote_voters WHERE board_id = ? AND participant_id = ?',
      ),
      boardVotes: db.prepare<[string], VoteRow>('SELECT * FROM votes WHERE board_id = ?'),
      boardDots: db.prepare<
        [string],
        { vote_id: string; participant_id: string; item_id: string; dots: number }
      >('SELECT vote_id, participant_id, item_id, dots FROM vote_dots WHERE board_id = ?'),
      boardVoters: db.prepare<[string], { participant_id: string; key_hash: string }>(
        'SELECT participant_id, key_hash FROM vote_voters WHERE board_id = ?',
      ),
      addDotsUnlessThere: db.prepare(
        'INSERT INTO vote_dots (board_id, vote_id, participant_id, item_id, dots) ' +
          'SELECT @board, @vote, @participant, @item, @dots WHERE EXISTS ' +
          '(SELECT 1 FROM votes WHERE board_id = @board AND vote_id = @vote) ' +
          'ON CONFLICT DO NOTHING',
      ),
      deadlines: db.prepare<[], { board_id: string; vote_id: string; ends_at: number }>(
        "SELECT board_id, vote_id, ends_at FROM votes WHERE status = 'open' AND ends_at IS NOT NULL ORDER BY ends_at",
      ),
    }
  }

  /**
   * Opens the tables in `<dataDir>/samkart.sqlite`; open `SqliteStorage` first (boards table).
   * With `standalone`, opens `<dataDir>/votes.sqlite` instead, without the link to the boards
   * table: the file an instance kept beside PostgreSQL before `PgVoteStore`, read only by
   * `samkart migrate --votes-from`.
   */
  static open(dataDir: string, { standalone = false } = {}): SqliteVoteStore {
    if (standalone) mkdirSync(dataDir, { recursive: true })
    const db = new Database(join(dataDir, standalone ? STANDALONE_FILE : DATABASE_FILE))
    try {
      db.pragma('journal_mode = WAL')
      db.pragma('foreign_keys = ON')
      db.pragma('busy_timeout = 5000')
      db.exec(
        standalone ? SCHEMA.replaceAll(' REFERENCES boards(id) ON DELETE CASCADE', '') : SCHEMA,
      )
    } catch (err) {
      db.close()
      throw err
    }
    return new SqliteVoteStore(db)
  }

  async createVote(vote: StoredVote): Promise<boolean> {
    const { changes } = this.statements.insert.run(
      vote.boardId,
      vote.voteId,
      vote.dotsPerPerson,
      vote.status,
      vote.endsAt,
      JSON.stringify(vote.items),
    )
    return changes === 1
  }

  async getVote(boardId: string, voteId: string): Promise<StoredVote | undefined> {
    const row = this.statements.get.get(boardId, voteId)
    return row && toVote(row)
  }

  async openVote(boardId: string): Promise<StoredVote | undefined> {
    const row = this.statements.open.get(boardId)
    return row && toVote(row)
  }

  async setStatus(boardId: string, voteId: string, status: VoteStatus): Promise<void> {
    this.statements.setStatus.run(status, boardId, voteId)
  }

  async dotsOf(boardId: string, voteId: string, participantId: string) {
    const dots: Record<string, number> = {}
    for (const row of this.statements.dotsOf.all(boardId, voteId, participantId))
      dots[row.item_id] = row.dots
    return dots
  }

  async setDots(
    boardId: string,
    voteId: string,
    participantId: string,
    dots: Record<string, number>,
  ): Promise<boolean> {
    return this.db.transaction(() => {
      if (this.statements.get.get(boardId, voteId)?.status !== 'open') return false
      this.statements.clearDots.run(boardId, voteId, participantId)
      for (const [itemId, count] of Object.entries(dots))
        if (count > 0) this.statements.addDots.run(boardId, voteId, participantId, itemId, count)
      return true
    })()
  }

  async tally(boardId: string, voteId: string): Promise<Tally> {
    const totals: Record<string, number> = {}
    for (const row of this.statements.totals.all(boardId, voteId)) totals[row.item_id] = row.total
    return { totals, voters: this.statements.voters.get(boardId, voteId)?.voters ?? 0 }
  }

  async claimVoter(boardId: string, participantId: string, keyHash: string): Promise<boolean> {
    this.statements.claim.run(boardId, participantId, keyHash)
    return this.statements.voterKey.get(boardId, participantId)?.key_hash === keyHash
  }

  async deadlines() {
    return this.statements.deadlines
      .all()
      .map((r) => ({ boardId: r.board_id, voteId: r.vote_id, endsAt: r.ends_at }))
  }

  async exportBoard(boardId: string): Promise<BoardVotes> {
    return {
      votes: this.statements.boardVotes.all(boardId).map(toVote),
      dots: this.statements.boardDots.all(boardId).map((r) => ({
        voteId: r.vote_id,
        participantId: r.participant_id,
        itemId: r.item_id,
        dots: r.dots,
      })),
      voters: this.statements.boardVoters
        .all(boardId)
        .map((r) => ({ participantId: r.participant_id, keyHash: r.key_hash })),
    }
  }

  async importBoard(boardId: string, data: BoardVotes): Promise<void> {
    this.db.transaction(() => {
      for (const vote of data.votes)
        this.statements.insert.run(
          boardId,
          vote.voteId,
          vote.dotsPerPerson,
          vote.status,
          vote.endsAt,
          JSON.stringify(vote.items),
        )
      // A vote left out (its board has an open vote here already) takes its dots with it.
      for (const d of data.dots)
        this.statements.addDotsUnlessThere.run({
          board: boardId,
          vote: d.voteId,
          participant: d.participantId,
          item: d.itemId,
          dots: d.dots,
        })
      for (const v of data.voters) this.statements.claim.run(boardId, v.participantId, v.keyHash)
    })()
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close()
  }
}
