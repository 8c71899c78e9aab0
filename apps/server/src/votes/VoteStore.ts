import type { VoteStatus } from '@samkart/model'

/** A vote as the server keeps it: the rules it enforces, beside the doc's public copy. */
export interface StoredVote {
  boardId: string
  voteId: string
  dotsPerPerson: number
  status: VoteStatus
  /** Server ms when it closes by itself; `null` for no end time. */
  endsAt: number | null
  /** The ids of the items dots may go on. */
  items: string[]
}

/** What a vote's dots add up to, for the doc: totals per item and how many people voted. */
export interface Tally {
  totals: Record<string, number>
  voters: number
}

/** Everything a store keeps for one board, as `samkart migrate` copies it between stores. */
export interface BoardVotes {
  votes: StoredVote[]
  dots: { voteId: string; participantId: string; itemId: string; dots: number }[]
  /** Each participant's bound voter key hash (see {@link VoteStore.claimVoter}). */
  voters: { participantId: string; keyHash: string }[]
}

/**
 * Where the server keeps votes and, until reveal, every participant's dots: never in the
 * shared document, so no browser receives others' dots. Async like `Storage`, so a network
 * store can implement it: `SqliteVoteStore` is the default, `PgVoteStore` the shared one beside
 * PostgreSQL. Callers run the check-then-write steps of one board inside that board's room
 * queue, which orders them on one instance; across instances the two writes that decide
 * (`createVote`, `setDots`) check their own condition atomically, so no store needs
 * transactions across calls.
 */
export interface VoteStore {
  /**
   * Records a new, open vote; `false` (nothing written) if the board has an open vote already,
   * perhaps started on another instance a moment ago.
   */
  createVote(vote: StoredVote): Promise<boolean>
  /** One vote, or `undefined` if the board has no such vote. */
  getVote(boardId: string, voteId: string): Promise<StoredVote | undefined>
  /** The board's open vote, if any (one at a time). */
  openVote(boardId: string): Promise<StoredVote | undefined>
  setStatus(boardId: string, voteId: string, status: VoteStatus): Promise<void>
  /** One participant's dots per item id (items without dots absent). */
  dotsOf(boardId: string, voteId: string, participantId: string): Promise<Record<string, number>>
  /**
   * Replaces one participant's dots with `dots` (counts > 0) if the vote is still open; `false`
   * (nothing written) if it closed meanwhile, perhaps on another instance.
   */
  setDots(
    boardId: string,
    voteId: string,
    participantId: string,
    dots: Record<string, number>,
  ): Promise<boolean>
  /** Every participant's dots added up. */
  tally(boardId: string, voteId: string): Promise<Tally>
  /**
   * Binds `keyHash` to a participant on a board the first time, then says whether a later
   * `keyHash` is the bound one: a participant id is public in the room, its key is not.
   */
  claimVoter(boardId: string, participantId: string, keyHash: string): Promise<boolean>
  /** Open votes with an end time, soonest first, for closing them on time. */
  deadlines(): Promise<{ boardId: string; voteId: string; endsAt: number }[]>
  /** Everything kept for `boardId`, for copying it into another store. */
  exportBoard(boardId: string): Promise<BoardVotes>
  /**
   * Writes what {@link VoteStore.exportBoard} read into this store's `boardId` (the board must
   * exist here), in one transaction; rows already here are kept.
   */
  importBoard(boardId: string, data: BoardVotes): Promise<void>
  close(): Promise<void>
}
