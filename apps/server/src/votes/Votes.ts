import { createHash } from 'node:crypto'
import {
  type ApiRefusal,
  type MyDots,
  type PublicVote,
  type StartVoteRequest,
  type VoteAction,
  createId,
  latestVote,
  parseDots,
  readVotes,
  updateVote,
  voteItems,
  writeVote,
  ok,
} from '@samkart/model'
import type { Logger } from '../log'
import type { BoardRooms } from '../sync/BoardRooms'
import type { VoteStore } from './VoteStore'

/** Who calls: a participant id and the key that proves it is theirs (`VOTER_KEY_HEADER`). */
export interface Voter {
  participantId: string
  key: string
}

/** An answer, or why not (the HTTP layer sends `refusal` as the error body). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; refusal: ApiRefusal }

const refuse = (status: ApiRefusal['status'], code: string, message: string) =>
  ({ ok: false, refusal: { status, code, message } }) as const
const noBoard = () => refuse(404, 'not_found', 'no such board')
const noVote = () => refuse(404, 'not_found', 'no such vote')
const voteOpen = () => refuse(409, 'vote_open', 'close the open vote before starting another')
const voteClosed = () => refuse(409, 'vote_closed', 'this vote takes no more dots')
const wrongKey = () =>
  refuse(403, 'voter_key_mismatch', 'this participant id votes with another key on this board')

/** The longest a deadline timer waits before looking again (`setTimeout` caps near 24.8 days). */
const MAX_WAIT_MS = 60 * 60 * 1000

/**
 * Dot voting on the server: the rules (one open vote per board, dots per person, who sees
 * what when) over the {@link VoteStore}, with the public state written into the board through
 * its room, so it is stored and relayed like any edit. Each check-then-write step runs in the
 * board's room queue, so two requests for one board never interleave their checks.
 */
export class Votes {
  private timer: NodeJS.Timeout | null = null
  private stopped = false

  constructor(
    private readonly store: VoteStore,
    private readonly rooms: BoardRooms,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
    /**
     * With a store other instances write too (PostgreSQL), how often to look for deadlines
     * even when none is known here: a vote started through an instance that has stopped
     * since still closes, at most this late. `null`: only this instance starts votes.
     */
    private readonly pollMs: number | null = null,
  ) {}

  /** Starts a vote on the items `request` names, as the board is now. */
  async start(boardId: string, request: StartVoteRequest): Promise<Outcome<PublicVote>> {
    const done = await this.rooms.withRoom(boardId, async (room) => {
      // Checked and recorded in one step of the queue: two starts at once cannot both open.
      const made = await room.run(async (doc): Promise<Outcome<PublicVote>> => {
        if (await this.store.openVote(boardId)) return voteOpen()
        const items = voteItems(doc, request)
        if (!items.ok) return items
        const vote: PublicVote = {
          id: createId(),
          title: request.title,
          itemSet: request.itemSet,
          journeyId: request.journeyId ?? '',
          status: 'open',
          dotsPerPerson: request.dotsPerPerson,
          createdAt: this.now(),
          endsAt: request.endsAt ?? 0,
          voters: 0,
          items: items.value,
          totals: {},
        }
        const created = await this.store.createVote({
          boardId,
          voteId: vote.id,
          dotsPerPerson: vote.dotsPerPerson,
          status: 'open',
          endsAt: request.endsAt ?? null,
          items: vote.items.map((i) => i.id),
        })
        // Another instance opened one between the check above and this write.
        if (!created) return voteOpen()
        return { ok: true, value: vote }
      })
      if (!made.ok) return made
      const vote = made.value
      await room.edit((doc, origin) => ok(writeVote(doc, vote, origin)))
      return { ok: true, value: vote } as const
    })
    if (!done.found) return noBoard()
    if (done.value.ok) void this.schedule()
    return done.value
  }

  /** One participant's own dots and how many are left; never anyone else's. */
  async mine(boardId: string, voteId: string, voter: Voter): Promise<Outcome<MyDots>> {
    const vote = await this.store.getVote(boardId, voteId)
    if (!vote) return noVote()
    if (!(await this.claim(boardId, voter))) return wrongKey()
    const dots = await this.store.dotsOf(boardId, voteId, voter.participantId)
    return { ok: true, value: myDots(voteId, dots, vote.dotsPerPerson) }
  }

  /** Replaces one participant's dots with `body.dots`, within the vote's rules. */
  async putDots(
    boardId: string,
    voteId: string,
    voter: Voter,
    body: unknown,
  ): Promise<Outcome<MyDots>> {
    const { participantId } = voter
    const done = await this.rooms.withRoom(boardId, async (room) => {
      const counted = await room.run(async () => {
        const vote = await this.store.getVote(boardId, voteId)
        if (!vote) return noVote()
        if (!(await this.claim(boardId, voter))) return wrongKey()
        if (vote.status !== 'open' || this.overdue(vote.endsAt)) return voteClosed()
        const dots = parseDots(body, new Set(vote.items), vote.dotsPerPerson)
        if (!dots.ok) return dots
        // Closed meanwhile on another instance: the store checks again as it writes.
        if (!(await this.store.setDots(boardId, voteId, participantId, dots.value)))
          return voteClosed()
        const { voters } = await this.store.tally(boardId, voteId)
        return {
          ok: true,
          value: { mine: myDots(voteId, dots.value, vote.dotsPerPerson), voters },
        } as const
      })
      if (!counted.ok) return counted
      // Only how many people have voted goes into the board, never whose dots are where.
      await room.edit((doc, origin) =>
        ok(updateVote(doc, voteId, { voters: counted.value.voters }, origin)),
      )
      return { ok: true, value: counted.value.mine } as const
    })
    if (!done.found) return noBoard()
    return done.value
  }

  /**
   * Closes (no more dots) or reveals (totals into the board for everyone) a vote. Revealing
   * an open vote closes it too; repeating an action changes nothing.
   */
  async act(boardId: string, voteId: string, action: VoteAction): Promise<Outcome<PublicVote>> {
    const done = await this.rooms.withRoom(boardId, async (room) => {
      const vote = await this.store.getVote(boardId, voteId)
      if (!vote) return noVote()
      if (action === 'close' && vote.status === 'revealed')
        return refuse(409, 'vote_revealed', 'this vote is revealed already')
      const status = action === 'close' ? 'closed' : 'revealed'
      await this.store.setStatus(boardId, voteId, status)
      const tally = await this.store.tally(boardId, voteId)
      await room.edit((doc, origin) => {
        updateVote(
          doc,
          voteId,
          status === 'revealed'
            ? { status, voters: tally.voters, totals: totalsFor(vote.items, tally.totals) }
            : { status, voters: tally.voters },
          origin,
        )
        return ok(undefined)
      })
      const shown = await room.run((doc) => readVotes(doc).find((v) => v.id === voteId))
      return shown ? ({ ok: true, value: shown } as const) : noVote()
    })
    if (!done.found) return noBoard()
    if (done.value.ok) this.logger.info(`vote ${action}`, { board: boardId, vote: voteId })
    return done.value
  }

  /** The board's newest vote as its doc shows it, for tests and the API's GET. */
  async latest(boardId: string): Promise<Outcome<PublicVote | null>> {
    const done = await this.rooms.withRoom(boardId, (room) =>
      room.run((doc) => latestVote(doc) ?? null),
    )
    return done.found ? { ok: true, value: done.value } : noBoard()
  }

  /**
   * Closes every open vote whose end time has passed, then waits for the next one. Called at
   * start (votes may have ended while the server was down) and whenever a vote starts.
   */
  async schedule(): Promise<void> {
    if (this.stopped) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const deadlines = await this.store.deadlines()
    for (const due of deadlines) {
      if (due.endsAt > this.now()) break
      try {
        const closed = await this.act(due.boardId, due.voteId, 'close')
        // A board deleted meanwhile: its vote went with it. (A 409 is a vote revealed
        // meanwhile, here or on another instance: it stays revealed.)
        if (!closed.ok && closed.refusal.status === 404)
          await this.store.setStatus(due.boardId, due.voteId, 'closed')
      } catch (err) {
        this.logger.error('closing a vote at its end time failed', {
          board: due.boardId,
          error: err instanceof Error ? err.message : String(err),
        })
        return this.retryLater()
      }
    }
    const next = deadlines.find((d) => d.endsAt > this.now())
    if (this.stopped || (!next && this.pollMs === null)) return
    const longest = this.pollMs ?? MAX_WAIT_MS
    const wait = next ? Math.min(longest, Math.max(0, next.endsAt - this.now())) : longest
    this.timer = setTimeout(() => void this.schedule(), wait)
    this.timer.unref()
  }

  /** Whether `voter.key` is the one bound to its participant id on this board (bound if none). */
  private claim(boardId: string, voter: Voter): Promise<boolean> {
    const hash = createHash('sha256').update(voter.key).digest('hex')
    return this.store.claimVoter(boardId, voter.participantId, hash)
  }

  /** Stops closing votes on time (the server is stopping). */
  stop(): void {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  private retryLater(): void {
    if (this.stopped) return
    this.timer = setTimeout(() => void this.schedule(), 5_000)
    this.timer.unref()
  }

  /** Past its end time though the deadline timer has not fired yet. */
  private overdue(endsAt: number | null): boolean {
    return endsAt !== null && endsAt <= this.now()
  }
}

function myDots(voteId: string, dots: Record<string, number>, dotsPerPerson: number): MyDots {
  const used = Object.values(dots).reduce((a, b) => a + b, 0)
  return { voteId, dots, left: Math.max(0, dotsPerPerson - used) }
}

/** Totals for every item, zeros included, so the revealed list is complete in the doc. */
function totalsFor(
  items: readonly string[],
  totals: Record<string, number>,
): Record<string, number> {
  return Object.fromEntries(items.map((id) => [id, totals[id] ?? 0]))
}
