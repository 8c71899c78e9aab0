import { isValidId } from '../ids'
import {
  DOTS_PER_PERSON_MAX,
  VOTE_ITEMS_MAX,
  VOTE_ITEM_SETS,
  VOTE_TITLE_MAX,
  type PublicVote,
  type VoteItemSet,
} from '../votes/votesRoot'
import { type Parsed, badRequest } from './ApiRefusal'

/**
 * `POST /api/boards/:id/votes` (facilitator): starts a vote. `journeyId` names the journey for
 * `touchpoints` and `painPoints`; `itemIds` lists the items for `custom` (actors, touchpoints
 * and notes that exist when the vote starts); `endsAt` (server ms) closes it by itself.
 */
export interface StartVoteRequest {
  title: string
  itemSet: VoteItemSet
  journeyId?: string
  itemIds?: string[]
  dotsPerPerson: number
  endsAt?: number
}

/** `PUT /api/boards/:id/votes/:voteId/dots`: the caller's whole allocation, dots per item id. */
export interface PutDotsRequest {
  dots: Record<string, number>
}

/** The answer to `PUT …/dots` and `GET …/mine`: only the caller's own dots. */
export interface MyDots {
  voteId: string
  dots: Record<string, number>
  /** Dots the caller may still place. */
  left: number
}

/** The answer to `POST …/votes` and the status actions: the vote's public state. */
export type VoteResponse = PublicVote

/** The status changes the facilitator can ask for: `POST …/votes/:voteId/<action>`. */
export const VOTE_ACTIONS = ['close', 'reveal'] as const
export type VoteAction = (typeof VOTE_ACTIONS)[number]

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Reads a start request; refuses anything malformed with a reason. */
export function parseStartVote(body: unknown, serverNow: number): Parsed<StartVoteRequest> {
  if (!isRecord(body)) return badRequest('invalid_body', 'body must be an object')
  const { title, itemSet, journeyId, itemIds, dotsPerPerson, endsAt } = body
  if (typeof title !== 'string' || title.trim() === '' || title.length > VOTE_TITLE_MAX)
    return badRequest('invalid_title', `title must be text of 1–${VOTE_TITLE_MAX} characters`)
  if (typeof itemSet !== 'string' || !(VOTE_ITEM_SETS as readonly string[]).includes(itemSet))
    return badRequest('invalid_item_set', `itemSet must be one of ${VOTE_ITEM_SETS.join(', ')}`)
  if (
    typeof dotsPerPerson !== 'number' ||
    !Number.isInteger(dotsPerPerson) ||
    dotsPerPerson < 1 ||
    dotsPerPerson > DOTS_PER_PERSON_MAX
  )
    return badRequest(
      'invalid_dots',
      `dotsPerPerson must be a whole number 1–${DOTS_PER_PERSON_MAX}`,
    )
  const needsJourney = itemSet === 'touchpoints' || itemSet === 'painPoints'
  if (needsJourney && !isValidId(journeyId))
    return badRequest('invalid_journey', `${itemSet} needs the journeyId of a journey`)
  if (itemSet === 'custom') {
    if (
      !Array.isArray(itemIds) ||
      itemIds.length === 0 ||
      itemIds.length > VOTE_ITEMS_MAX ||
      !itemIds.every(isValidId)
    )
      return badRequest('invalid_items', `custom needs itemIds: 1–${VOTE_ITEMS_MAX} ids`)
  }
  if (
    endsAt !== undefined &&
    endsAt !== null &&
    (typeof endsAt !== 'number' || !Number.isInteger(endsAt) || endsAt <= serverNow)
  )
    return badRequest('invalid_end', 'endsAt must be a time (server ms) in the future')
  return {
    ok: true,
    value: {
      title: title.trim(),
      itemSet: itemSet as VoteItemSet,
      ...(needsJourney ? { journeyId: journeyId as string } : {}),
      ...(itemSet === 'custom' ? { itemIds: [...new Set(itemIds as string[])] } : {}),
      dotsPerPerson,
      ...(typeof endsAt === 'number' ? { endsAt } : {}),
    },
  }
}

/**
 * Reads a dots request against the vote's items and dots per person: whole numbers ≥ 0 on
 * the vote's items, at most `dotsPerPerson` in all (`too_many_dots`). Zeros are dropped.
 */
export function parseDots(
  body: unknown,
  items: ReadonlySet<string>,
  dotsPerPerson: number,
): Parsed<Record<string, number>> {
  if (!isRecord(body) || !isRecord(body.dots))
    return badRequest('invalid_body', 'body must be { dots: { <itemId>: <count> } }')
  const dots: Record<string, number> = {}
  let sum = 0
  for (const [itemId, count] of Object.entries(body.dots)) {
    if (!items.has(itemId))
      return badRequest('unknown_item', `${itemId.slice(0, 64)} is not in this vote`)
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0)
      return badRequest('invalid_dots', 'a dot count must be a whole number ≥ 0')
    sum += count
    if (count > 0) dots[itemId] = count
  }
  if (sum > dotsPerPerson)
    return badRequest(
      'too_many_dots',
      `this vote gives ${dotsPerPerson} dots per person, not ${sum}`,
    )
  return { ok: true, value: dots }
}

/**
 * The header that proves a participant id is the caller's own in voting calls: a random key
 * the browser keeps beside its participant id. Participant ids are public in the room
 * (presence, comment authors); the key is not, so nobody can read or change another's dots by
 * sending their id. The server binds the first key it sees for a participant on a board.
 */
export const VOTER_KEY_HEADER = 'X-Samkart-Voter-Key'

/** A well-formed voter key: 16–128 characters of the id alphabet. */
export function isVoterKey(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9A-Za-z_-]{16,128}$/.test(value)
}

/** The body of `GET /api/time`: the server's clock, ms since the epoch. */
export interface ServerTime {
  now: number
}
