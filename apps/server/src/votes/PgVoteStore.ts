import { VOTE_STATUSES, type VoteStatus } from '@samkart/model'
import type { PgDatabase } from '../storage/postgres/PgDatabase'
import type { BoardVotes, StoredVote, Tally, VoteStore } from './VoteStore'

interface VoteRow {
  board_id: string
  vote_id: string
  dots_per_person: number
  status: string
  /** BIGINT: `pg` reads it as a string. */
  ends_at: string | null
  items: string[]
}

const toVote = (row: VoteRow): StoredVote => ({
  boardId: row.board_id,
  voteId: row.vote_id,
  dotsPerPerson: row.dots_per_person,
  status: (VOTE_STATUSES as readonly string[]).includes(row.status)
    ? (row.status as VoteStatus)
    : 'closed',
  endsAt: row.ends_at === null ? null : Number(row.ends_at),
  items: row.items,
})

const INSERT_VOTE =
  'INSERT INTO votes (board_id, vote_id, dots_per_person, status, ends_at, items) ' +
  'VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING'
const INSERT_DOTS =
  'INSERT INTO vote_dots (board_id, vote_id, participant_id, item_id, dots) ' +
  'VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING'

/**
 * {@link VoteStore} in the shared PostgreSQL database (tables `votes`, `vote_dots`,
 * `vote_voters`, made by `PgDatabase`), so every instance sees the same votes and dots: a
 * participant may vote through one instance and read their dots back through another. The
 * cross-instance races are settled by the database: a partial unique index admits one open
 * vote per board, and `setDots` locks the vote's row, so dots never land after a close that
 * committed first. Shares its pool with the server's `PgStorage`.
 */
export class PgVoteStore implements VoteStore {
  constructor(private readonly db: PgDatabase) {}

  async createVote(vote: StoredVote): Promise<boolean> {
    const result = await this.db.pool.query(INSERT_VOTE, [
      vote.boardId,
      vote.voteId,
      vote.dotsPerPerson,
      vote.status,
      vote.endsAt,
      JSON.stringify(vote.items),
    ])
    return result.rowCount === 1
  }

  async getVote(boardId: string, voteId: string): Promise<StoredVote | undefined> {
    const { rows } = await this.db.pool.query<VoteRow>(
      'SELECT * FROM votes WHERE board_id = $1 AND vote_id = $2',
      [boardId, voteId],
    )
    return rows[0] && toVote(rows[0])
  }

  async openVote(boardId: string): Promise<StoredVote | undefined> {
    const { rows } = await this.db.pool.query<VoteRow>(
      "SELECT * FROM votes WHERE board_id = $1 AND status = 'open' LIMIT 1",
      [boardId],
    )
    return rows[0] && toVote(rows[0])
  }

  async setStatus(boardId: string, voteId: string, status: VoteStatus): Promise<void> {
    await this.db.pool.query('UPDATE votes SET status = $1 WHERE board_id = $2 AND vote_id = $3', [
      status,
      boardId,
      voteId,
    ])
  }

  async dotsOf(boardId: string, voteId: string, participantId: string) {
    const { rows } = await this.db.pool.query<{ item_id: string; dots: number }>(
      'SELECT item_id, dots FROM vote_dots ' +
        'WHERE board_id = $1 AND vote_id = $2 AND participant_id = $3',
      [boardId, voteId, participantId],
    )
    const dots: Record<string, number> = {}
    for (const row of rows) dots[row.item_id] = row.dots
    return dots
  }

  async setDots(
    boardId: string,
    voteId: string,
    participantId: string,
    dots: Record<string, number>,
  ): Promise<boolean> {
    return this.db.transaction(async (client) => {
      // FOR SHARE waits for a close or reveal in flight on another instance, and holds one
      // off until these dots are in: the tally a reveal writes never misses them.
      const { rows } = await client.query<{ status: string }>(
        'SELECT status FROM votes WHERE board_id = $1 AND vote_id = $2 FOR SHARE',
        [boardId, voteId],
      )
      if (rows[0]?.status !== 'open') return false
      await client.query(
        'DELETE FROM vote_dots WHERE board_id = $1 AND vote_id = $2 AND participant_id = $3',
        [boardId, voteId, participantId],
      )
      for (const [itemId, count] of Object.entries(dots))
        if (count > 0)
          await client.query(INSERT_DOTS, [boardId, voteId, participantId, itemId, count])
      return true
    })
  }

  async tally(boardId: string, voteId: string): Promise<Tally> {
    const [totals, voters] = await Promise.all([
      this.db.pool.query<{ item_id: string; total: string }>(
        'SELECT item_id, sum(dots) AS total FROM vote_dots ' +
          'WHERE board_id = $1 AND vote_id = $2 GROUP BY item_id',
        [boardId, voteId],
      ),
      this.db.pool.query<{ voters: string }>(
        'SELECT count(DISTINCT participant_id) AS voters FROM vote_dots ' +
          'WHERE board_id = $1 AND vote_id = $2',
        [boardId, voteId],
      ),
    ])
    return {
      totals: Object.fromEntries(totals.rows.map((r) => [r.item_id, Number(r.total)])),
      voters: Number(voters.rows[0]?.voters ?? 0),
    }
  }

  async claimVoter(boardId: string, participantId: string, keyHash: string): Promise<boolean> {
    // One statement: the first key wins even when two instances claim at once.
    const { rows } = await this.db.pool.query<{ key_hash: string }>(
      'WITH claimed AS (INSERT INTO vote_voters (board_id, participant_id, key_hash) ' +
        'VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key_hash) ' +
        'SELECT key_hash FROM claimed UNION ALL ' +
        'SELECT key_hash FROM vote_voters WHERE board_id = $1 AND participant_id = $2',
      [boardId, participantId, keyHash],
    )
    return rows[0]?.key_hash === keyHash
  }

  async deadlines() {
    const { rows } = await this.db.pool.query<{
      board_id: string
      vote_id: string
      ends_at: string
    }>(
      'SELECT board_id, vote_id, ends_at FROM votes ' +
        "WHERE status = 'open' AND ends_at IS NOT NULL ORDER BY ends_at",
    )
    return rows.map((r) => ({ boardId: r.board_id, voteId: r.vote_id, endsAt: Number(r.ends_at) }))
  }

  async exportBoard(boardId: string): Promise<BoardVotes> {
    const [votes, dots, voters] = await Promise.all([
      this.db.pool.query<VoteRow>('SELECT * FROM votes WHERE board_id = $1', [boardId]),
      this.db.pool.query<{
        vote_id: string
        participant_id: string
        item_id: string
        dots: number
      }>('SELECT vote_id, participant_id, item_id, dots FROM vote_dots WHERE board_id = $1', [
        boardId,
      ]),
      this.db.pool.query<{ participant_id: string; key_hash: string }>(
        'SELECT participant_id, key_hash FROM vote_voters WHERE board_id = $1',
        [boardId],
      ),
    ])
    return {
      votes: votes.rows.map(toVote),
      dots: dots.rows.map((r) => ({
        voteId: r.vote_id,
        participantId: r.participant_id,
        itemId: r.item_id,
        dots: r.dots,
      })),
      voters: voters.rows.map((r) => ({ participantId: r.participant_id, keyHash: r.key_hash })),
    }
  }

  async importBoard(boardId: string, data: BoardVotes): Promise<void> {
    await this.db.transaction(async (client) => {
      for (const vote of data.votes)
        await client.query(INSERT_VOTE, [
          boardId,
          vote.voteId,
          vote.dotsPerPerson,
          vote.status,
          vote.endsAt,
          JSON.stringify(vote.items),
        ])
      // A vote left out (its board has an open vote here already) takes its dots with it.
      const { rows } = await client.query<{ vote_id: string }>(
        'SELECT vote_id FROM votes WHERE board_id = $1',
        [boardId],
      )
      const kept = new Set(rows.map((r) => r.vote_id))
      for (const d of data.dots.filter((d) => kept.has(d.voteId)))
        await client.query(INSERT_DOTS, [boardId, d.voteId, d.participantId, d.itemId, d.dots])
      for (const v of data.voters)
        await client.query(
          'INSERT INTO vote_voters (board_id, participant_id, key_hash) VALUES ($1, $2, $3) ' +
            'ON CONFLICT DO NOTHING',
          [boardId, v.participantId, v.keyHash],
        )
    })
  }

  /** Closes the pool it shares with the storage (whichever closes first ends it). */
  async close(): Promise<void> {
    await this.db.close()
  }
}
