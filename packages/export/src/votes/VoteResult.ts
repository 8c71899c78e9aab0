import {
  VOTE_ITEM_KINDS,
  VOTE_ITEM_SETS,
  type VoteItemKind,
  type VoteItemSet,
  readVotes,
  voteItemLabel,
} from '@samkart/model'
import type * as Y from 'yjs'

/** One item of a revealed vote with its dots, as exports carry it. */
export interface VoteResultItem {
  kind: VoteItemKind
  /** The item's id on the board (an actor, touchpoint or note of the same file). */
  id: string
  /** What the item was called when exported; informative, not read on import. */
  label: string
  total: number
}

/**
 * A revealed dot vote, as the JSON file, the PDF report and imports carry it: only what the
 * board showed everyone after the reveal (totals, never who placed them). Items most dots first.
 */
export interface VoteResult {
  title: string
  itemSet: VoteItemSet
  journeyId: string
  dotsPerPerson: number
  /** ISO 8601. */
  createdAt: string
  voters: number
  results: VoteResultItem[]
}

/**
 * The board's revealed votes, oldest first, with each item's label as the board names it now
 * (an item deleted since keeps its total, with an empty label).
 */
export function readVoteResults(doc: Y.Doc): VoteResult[] {
  return readVotes(doc)
    .filter((vote) => vote.status === 'revealed')
    .map((vote) => ({
      title: vote.title,
      itemSet: vote.itemSet,
      journeyId: vote.journeyId,
      dotsPerPerson: vote.dotsPerPerson,
      createdAt: new Date(vote.createdAt).toISOString(),
      voters: vote.voters,
      results: vote.items
        .map((item) => ({
          kind: item.kind,
          id: item.id,
          label: voteItemLabel(doc, item) ?? '',
          total: vote.totals[item.id] ?? 0,
        }))
        .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'nb')),
    }))
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const whole = (v: unknown, max: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max

/**
 * Checks a board file's `votes` (absent: none): every vote and item well formed. Returns the
 * votes or the JSON path of the first problem and what is wrong there.
 */
export function checkVoteResults(
  raw: unknown,
): { ok: true; value: VoteResult[] } | { ok: false; path: string; message: string } {
  if (raw === undefined) return { ok: true, value: [] }
  const bad = (path: string, message: string) => ({ ok: false, path, message }) as const
  if (!Array.isArray(raw)) return bad('board.votes', 'must be a list')
  const out: VoteResult[] = []
  for (const [i, vote] of raw.entries()) {
    const path = `board.votes[${i}]`
    if (!isObject(vote)) return bad(path, 'must be an object')
    if (typeof vote.title !== 'string' || vote.title.trim() === '' || vote.title.length > 200)
      return bad(`${path}.title`, 'must be text of 1–200 characters')
    if (!VOTE_ITEM_SETS.includes(vote.itemSet as VoteItemSet))
      return bad(`${path}.itemSet`, `must be one of ${VOTE_ITEM_SETS.join(', ')}`)
    if (typeof (vote.journeyId ?? '') !== 'string') return bad(`${path}.journeyId`, 'must be text')
    if (!whole(vote.dotsPerPerson, 20) || vote.dotsPerPerson === 0)
      return bad(`${path}.dotsPerPerson`, 'must be a whole number 1–20')
    if (!whole(vote.voters, 1_000_000)) return bad(`${path}.voters`, 'must be a whole number')
    const created = typeof vote.createdAt === 'string' ? Date.parse(vote.createdAt) : NaN
    if (!Number.isFinite(created) || created < 0) return bad(`${path}.createdAt`, 'must be a time')
    if (!Array.isArray(vote.results) || vote.results.length > 500)
      return bad(`${path}.results`, 'must be a list of at most 500 items')
    const results: VoteResultItem[] = []
    for (const [n, item] of vote.results.entries()) {
      const at = `${path}.results[${n}]`
      if (!isObject(item)) return bad(at, 'must be an object')
      if (!VOTE_ITEM_KINDS.includes(item.kind as VoteItemKind))
        return bad(`${at}.kind`, `must be one of ${VOTE_ITEM_KINDS.join(', ')}`)
      if (typeof item.id !== 'string' || !/^[0-9A-Za-z_-]{1,64}$/.test(item.id))
        return bad(`${at}.id`, 'must be an id')
      if (!whole(item.total, 1_000_000)) return bad(`${at}.total`, 'must be a whole number')
      const label = typeof item.label === 'string' ? item.label.slice(0, 200) : ''
      results.push({
        kind: item.kind as VoteItemKind,
        id: item.id,
        label,
        total: item.total as number,
      })
    }
    out.push({
      title: vote.title.trim(),
      itemSet: vote.itemSet as VoteItemSet,
      journeyId: (vote.journeyId as string | undefined) ?? '',
      dotsPerPerson: vote.dotsPerPerson as number,
      createdAt: new Date(created).toISOString(),
      voters: vote.voters as number,
      results,
    })
  }
  return { ok: true, value: out }
}
