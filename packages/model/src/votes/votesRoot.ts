import type * as Y from 'yjs'
import type { FieldSpec } from '../field'
import { isValidId } from '../ids'

/**
 * Root map of the board's votes' public state, written by the server only (docs/doc-schema.md,
 * «votes»). Flat keys `<voteId>/<field>`, `<voteId>/item/<itemId>` and, once revealed,
 * `<voteId>/total/<itemId>`: plain values only, so a third-party client reads it without
 * knowing nested types, and the server's writes never replace a whole nested map. Who placed
 * which dot is never here: the server keeps dots until reveal, then writes only the totals.
 */
export const VOTES_ROOT = 'votes'

/** What a vote is about. `custom` is an explicit list of actors, touchpoints and notes. */
export const VOTE_ITEM_SETS = ['actors', 'touchpoints', 'painPoints', 'notes', 'custom'] as const
export type VoteItemSet = (typeof VOTE_ITEM_SETS)[number]

/** The kinds of thing a dot can go on. */
export const VOTE_ITEM_KINDS = ['actor', 'touchpoint', 'note'] as const
export type VoteItemKind = (typeof VOTE_ITEM_KINDS)[number]

/** `open`: dots are placed; `closed`: no more dots, totals still secret; `revealed`: totals in the doc. */
export const VOTE_STATUSES = ['open', 'closed', 'revealed'] as const
export type VoteStatus = (typeof VOTE_STATUSES)[number]

export const VOTE_TITLE_MAX = 200
export const DOTS_PER_PERSON_MAX = 20
export const VOTE_ITEMS_MAX = 500
/** Far above any real total; a bound so the schema has one. */
const TOTAL_MAX = 1_000_000
/** Milliseconds since the epoch, on the server's clock. */
const TIME: FieldSpec = { kind: 'number', min: 0, max: 8.64e15, integer: true }

const VOTE_FIELDS: Readonly<Record<string, FieldSpec>> = {
  title: { kind: 'text', max: VOTE_TITLE_MAX, required: true },
  itemSet: { kind: 'enum', values: VOTE_ITEM_SETS },
  journeyId: { kind: 'text', max: 64 },
  status: { kind: 'enum', values: VOTE_STATUSES },
  dotsPerPerson: { kind: 'number', min: 1, max: DOTS_PER_PERSON_MAX, integer: true },
  createdAt: TIME,
  endsAt: TIME,
  voters: { kind: 'number', min: 0, max: TOTAL_MAX, integer: true },
}
const ITEM: FieldSpec = { kind: 'enum', values: VOTE_ITEM_KINDS }
const TOTAL: FieldSpec = { kind: 'number', min: 0, max: TOTAL_MAX, integer: true }

/** The spec of one key of {@link VOTES_ROOT}; `undefined` for a key the schema does not have. */
export function voteField(key: string): FieldSpec | undefined {
  const parts = key.split('/')
  if (!isValidId(parts[0])) return undefined
  if (parts.length === 2)
    return Object.hasOwn(VOTE_FIELDS, parts[1]!) ? VOTE_FIELDS[parts[1]!] : undefined
  if (parts.length === 3 && isValidId(parts[2])) {
    if (parts[1] === 'item') return ITEM
    if (parts[1] === 'total') return TOTAL
  }
  return undefined
}

/** One item of a vote: what a dot can go on. */
export interface VoteItem {
  kind: VoteItemKind
  id: string
}

/** A vote as everyone sees it (the doc's public state). */
export interface PublicVote {
  id: string
  title: string
  itemSet: VoteItemSet
  /** The journey whose touchpoints or pain points are voted on; `''` otherwise. */
  journeyId: string
  status: VoteStatus
  dotsPerPerson: number
  /** Server ms. */
  createdAt: number
  /** Server ms when the vote closes by itself; `0` for no end time. */
  endsAt: number
  /** How many participants have at least one dot placed (not who, not where). */
  voters: number
  items: VoteItem[]
  /** Dots per item id; empty until revealed. */
  totals: Record<string, number>
}

const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  typeof value === 'string' && (values as readonly string[]).includes(value)
    ? (value as T)
    : fallback
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0)

/** Reads every vote of the board, oldest first; entries missing a title are skipped. */
export function readVotes(doc: Y.Doc): PublicVote[] {
  const root = doc.getMap<unknown>(VOTES_ROOT)
  const votes = new Map<string, PublicVote>()
  const vote = (id: string) => {
    let v = votes.get(id)
    if (!v) {
      v = {
        id,
        title: '',
        itemSet: 'custom',
        journeyId: '',
        status: 'open',
        dotsPerPerson: 1,
        createdAt: 0,
        endsAt: 0,
        voters: 0,
        items: [],
        totals: {},
      }
      votes.set(id, v)
    }
    return v
  }
  for (const [key, value] of root.entries()) {
    const [id, field, itemId] = key.split('/')
    if (!id || !field) continue
    const v = vote(id)
    if (field === 'item' && itemId)
      v.items.push({ kind: oneOf(VOTE_ITEM_KINDS, value, 'actor'), id: itemId })
    else if (field === 'total' && itemId) v.totals[itemId] = num(value)
    else if (field === 'title') v.title = typeof value === 'string' ? value : ''
    else if (field === 'itemSet') v.itemSet = oneOf(VOTE_ITEM_SETS, value, 'custom')
    else if (field === 'journeyId') v.journeyId = typeof value === 'string' ? value : ''
    else if (field === 'status') v.status = oneOf(VOTE_STATUSES, value, 'open')
    else if (field === 'dotsPerPerson') v.dotsPerPerson = num(value)
    else if (field === 'createdAt') v.createdAt = num(value)
    else if (field === 'endsAt') v.endsAt = num(value)
    else if (field === 'voters') v.voters = num(value)
  }
  return [...votes.values()]
    .filter((v) => v.title !== '')
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
}

/** The newest vote, the one the panel shows; `undefined` if the board has none. */
export function latestVote(doc: Y.Doc): PublicVote | undefined {
  return readVotes(doc).at(-1)
}

/** Writes a new vote's public state (server only). */
export function writeVote(doc: Y.Doc, vote: Omit<PublicVote, 'totals'>, origin: unknown): void {
  doc.transact(() => {
    const root = doc.getMap<unknown>(VOTES_ROOT)
    const set = (field: string, value: string | number) => root.set(`${vote.id}/${field}`, value)
    set('title', vote.title)
    set('itemSet', vote.itemSet)
    set('journeyId', vote.journeyId)
    set('status', vote.status)
    set('dotsPerPerson', vote.dotsPerPerson)
    set('createdAt', vote.createdAt)
    set('endsAt', vote.endsAt)
    set('voters', vote.voters)
    for (const item of vote.items) root.set(`${vote.id}/item/${item.id}`, item.kind)
  }, origin)
}

/**
 * Changes a vote's status, voter count or (on reveal) totals (server only). Only what differs
 * is written, so a repeated call produces no update.
 */
export function updateVote(
  doc: Y.Doc,
  voteId: string,
  change: { status?: VoteStatus; voters?: number; totals?: Record<string, number> },
  origin: unknown,
): void {
  doc.transact(() => {
    const root = doc.getMap<unknown>(VOTES_ROOT)
    const set = (key: string, value: string | number) => {
      if (root.get(key) !== value) root.set(key, value)
    }
    if (change.status !== undefined) set(`${voteId}/status`, change.status)
    if (change.voters !== undefined) set(`${voteId}/voters`, change.voters)
    for (const [itemId, total] of Object.entries(change.totals ?? {}))
      set(`${voteId}/total/${itemId}`, total)
  }, origin)
}
