import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { parseDots, parseStartVote } from '../api/Vote'
import { writeTimer } from '../timer/timerRoot'
import { forgetLiveWorkshop } from './forgetLiveWorkshop'
import { latestVote, readVotes, updateVote, voteField, writeVote } from './votesRoot'

describe('votes root', () => {
  it('round-trips a vote and its totals through flat keys', () => {
    const doc = new Y.Doc()
    writeVote(
      doc,
      {
        id: 'v1',
        title: 'Prioriter',
        itemSet: 'custom',
        journeyId: '',
        status: 'open',
        dotsPerPerson: 2,
        createdAt: 5,
        endsAt: 0,
        voters: 0,
        items: [
          { kind: 'actor', id: 'a1' },
          { kind: 'note', id: 'n1' },
        ],
      },
      null,
    )
    updateVote(doc, 'v1', { status: 'revealed', voters: 3, totals: { a1: 4, n1: 2 } }, null)
    expect(latestVote(doc)).toMatchObject({
      id: 'v1',
      status: 'revealed',
      voters: 3,
      totals: { a1: 4, n1: 2 },
    })
    expect(latestVote(doc)!.items).toHaveLength(2)
  })

  it('keeps only revealed votes in a copy, and no timer', () => {
    const doc = new Y.Doc()
    const base = {
      title: 'Q',
      itemSet: 'actors' as const,
      journeyId: '',
      dotsPerPerson: 1,
      createdAt: 1,
      endsAt: 0,
      voters: 1,
      items: [{ kind: 'actor' as const, id: 'a1' }],
    }
    writeVote(doc, { ...base, id: 'shown', status: 'revealed' }, null)
    writeVote(doc, { ...base, id: 'secret', status: 'open' }, null)
    writeTimer(doc, { status: 'running', durationMs: 1000, endsAt: 5000, remainingMs: 0 }, null)
    forgetLiveWorkshop(doc)
    expect(readVotes(doc).map((v) => v.id)).toEqual(['shown'])
    expect(doc.getMap('timer').size).toBe(0)
  })

  it('knows only its own keys', () => {
    expect(voteField('v1/title')).toMatchObject({ kind: 'text' })
    expect(voteField('v1/item/a1')).toMatchObject({ kind: 'enum' })
    expect(voteField('v1/total/a1')).toMatchObject({ kind: 'number' })
    for (const key of ['v1', 'v1/constructor', 'v1/dots/a1', 'bad id/title', 'v1/item/a b'])
      expect(voteField(key), key).toBeUndefined()
  })
})

describe('vote requests', () => {
  it('refuses more dots than a person has, and unknown items', () => {
    const items = new Set(['a', 'b'])
    expect(parseDots({ dots: { a: 2, b: 1 } }, items, 3)).toEqual({
      ok: true,
      value: { a: 2, b: 1 },
    })
    const over = parseDots({ dots: { a: 2, b: 2 } }, items, 3)
    expect(!over.ok && over.refusal.code).toBe('too_many_dots')
    const unknown = parseDots({ dots: { c: 1 } }, items, 3)
    expect(!unknown.ok && unknown.refusal.code).toBe('unknown_item')
    const negative = parseDots({ dots: { a: -1 } }, items, 3)
    expect(!negative.ok && negative.refusal.code).toBe('invalid_dots')
  })

  it('checks a start request', () => {
    expect(parseStartVote({ title: 'x', itemSet: 'actors', dotsPerPerson: 3 }, 0).ok).toBe(true)
    const past = parseStartVote({ title: 'x', itemSet: 'actors', dotsPerPerson: 3, endsAt: 5 }, 10)
    expect(!past.ok && past.refusal.code).toBe('invalid_end')
    const journey = parseStartVote({ title: 'x', itemSet: 'painPoints', dotsPerPerson: 3 }, 0)
    expect(!journey.ok && journey.refusal.code).toBe('invalid_journey')
    const dots = parseStartVote({ title: 'x', itemSet: 'actors', dotsPerPerson: 99 }, 0)
    expect(!dots.ok && dots.refusal.code).toBe('invalid_dots')
  })
})
