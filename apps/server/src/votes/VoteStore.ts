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

/**
 * Where the server keeps votes and, until reveal, every participant's dots: never in the
 * shared document, so no browser receives others' dots. Async like `Storage`, so a network
 * store (PostgreSQL, issue #14) can implement it; `SqliteVoteStore` is the default. Callers
 * run the check-then-write steps of one board inside that board's room queue, so a store
 * needs no transactions across calls.
 */
export interface VoteStore {
  /** Records a new, open vote. */
  createVote(vote: StoredVote): Promise<void>
  /** One vote, or `undefined` if the board has no such vote. */
  getVote(boardId: string, voteId: string): Promise<StoredVote | undefined>
  /** The board's open vote, if any (one at a time). */
  openVote(boardId: string): Promise<StoredVote | undefined>
  setStatus(boardId: string, voteId: string, status: VoteStatus): Promise<void>
  /** One participant's dots per item id (items without dots absent). */
  dotsOf(boardId: string, voteId: string, participantId: string): Promise<Record<string, number>>
  /** Replaces one participant's dots with `dots` (counts > 0). */
  setDots(
    boardId: string,
    voteId: string,
    participantId: string,
    dots: Record<string, number>,
  ): Promise<void>
  /** Every participant's dots added up. */
  tally(boardId: string, voteId: string): Promise<Tally>
  /**
   * Binds `keyHash` to a participant on a board the first time, then says whether a later
   * `keyHash` is the bound one: a participant id is public in the room, its key is not.
   */
  claimVoter(boardId: string, participantId: string, keyHash: string): Promise<boolean>
  /** Open votes with an end time, soonest first, for closing them on time. */
  deadlines(): Promise<{ boardId: string; voteId: string; endsAt: number }[]>
  close(): Promise<void>
}
