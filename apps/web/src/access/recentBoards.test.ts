import { describe, expect, it } from 'vitest'
import {
  RECENT_BOARDS_KEY,
  RECENT_BOARDS_MAX,
  type RecentStorage,
  createRecentBoards,
  mergeVisit,
  parseRecentBoards,
} from './recentBoards'

/** A Storage stand-in: the store only calls getItem and setItem. */
function memoryStorage(initial: Record<string, string> = {}): RecentStorage & {
  data: Record<string, string>
} {
  const data = { ...initial }
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => void (data[key] = value),
  }
}

/** A clock that ticks a minute per call, so every visit is newer than the last. */
function ticking(start = Date.UTC(2025, 0, 1)) {
  let now = start
  return () => new Date((now += 60_000))
}

describe('recent boards', () => {
  it('lists visited boards newest first, and keeps them in storage', () => {
    const storage = memoryStorage()
    const recent = createRecentBoards(storage, ticking())
    recent.remember({ id: 'a', title: 'A', token: 'ta', role: 'facilitator' })
    recent.remember({ id: 'b', title: 'B', token: 'tb', role: 'viewer' })
    expect(recent.list().map((b) => b.id)).toEqual(['b', 'a'])

    recent.remember({ id: 'a' })
    expect(recent.list().map((b) => b.id)).toEqual(['a', 'b'])
    expect(recent.get('a')).toMatchObject({ title: 'A', token: 'ta', role: 'facilitator' })

    // A second store over the same storage (a new page load, another tab) sees the same list.
    const again = createRecentBoards(storage, ticking())
    expect(again.list()).toEqual(recent.list())
  })

  it('renames, forgets and notifies subscribers of each change', () => {
    const recent = createRecentBoards(memoryStorage(), ticking())
    let calls = 0
    const unsubscribe = recent.subscribe(() => calls++)
    recent.remember({ id: 'a', title: 'A', token: 't', role: 'editor' })
    recent.update('a', { title: 'Nytt navn' })
    expect(recent.get('a')?.title).toBe('Nytt navn')
    recent.forget('a')
    expect(recent.list()).toEqual([])
    expect(calls).toBe(3)
    unsubscribe()
    recent.remember({ id: 'b' })
    expect(calls).toBe(3)
  })

  it('keeps at most RECENT_BOARDS_MAX boards, dropping the oldest', () => {
    const recent = createRecentBoards(memoryStorage(), ticking())
    for (let i = 0; i < RECENT_BOARDS_MAX + 5; i++) recent.remember({ id: `b${i}` })
    expect(recent.list()).toHaveLength(RECENT_BOARDS_MAX)
    expect(recent.get('b0')).toBeUndefined()
    expect(recent.list()[0]?.id).toBe(`b${RECENT_BOARDS_MAX + 4}`)
  })

  it('survives malformed or foreign storage contents', () => {
    expect(parseRecentBoards('not json')).toEqual([])
    expect(parseRecentBoards('{"boards": 3}')).toEqual([])
    const parsed = parseRecentBoards(
      JSON.stringify({
        boards: [
          { id: 'a', title: 'A', token: 't', role: 'owner', lastOpened: '2025-01-01T00:00:00Z' },
          { id: 'a', title: 'dup', lastOpened: '2025-01-01T00:00:00Z' },
          { title: 'no id', lastOpened: 'x' },
          null,
        ],
      }),
    )
    expect(parsed).toEqual([
      { id: 'a', title: 'A', token: 't', role: null, lastOpened: '2025-01-01T00:00:00Z' },
    ])
    const broken = memoryStorage({ [RECENT_BOARDS_KEY]: '{{{' })
    expect(createRecentBoards(broken).list()).toEqual([])
  })

  it('works without storage, and when storage throws', () => {
    const throwing: RecentStorage = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    for (const storage of [null, throwing]) {
      const recent = createRecentBoards(storage, ticking())
      recent.remember({ id: 'a', title: 'A' })
      expect(recent.list().map((b) => b.id)).toEqual(['a'])
    }
  })

  it('marks a refused token, and only while it is the stored one', () => {
    const recent = createRecentBoards(memoryStorage(), ticking())
    recent.remember({ id: 'a', token: 'stored', role: 'editor' })
    recent.markRefused('a', 'other', 'token_revoked')
    expect(recent.get('a')?.refused).toBeUndefined()
    recent.markRefused('a', 'stored', 'token_revoked')
    expect(recent.get('a')?.refused).toBe('token_revoked')
    // A new link for the board replaces the refused token, even a weaker one.
    recent.remember({ id: 'a', token: 'fresh', role: 'viewer' })
    expect(recent.get('a')).toMatchObject({ token: 'fresh', role: 'viewer' })
    expect(recent.get('a')?.refused).toBeUndefined()
  })
})

describe('merging a visit', () => {
  const now = new Date(Date.UTC(2025, 5, 1))
  const stored = {
    id: 'a',
    title: 'A',
    token: 'fac',
    role: 'facilitator' as const,
    lastOpened: '2025-01-01T00:00:00.000Z',
  }

  it('takes a new link of the same or a stronger role', () => {
    const editor = { ...stored, token: 'ed', role: 'editor' as const }
    expect(mergeVisit(editor, { id: 'a', token: 'fac2', role: 'facilitator' }, now)).toEqual({
      ...editor,
      token: 'fac2',
      role: 'facilitator',
      lastOpened: now.toISOString(),
    })
  })

  it('keeps a working stronger token when a weaker link is opened', () => {
    expect(mergeVisit(stored, { id: 'a', token: 'view', role: 'viewer' }, now)).toEqual({
      ...stored,
      lastOpened: now.toISOString(),
    })
  })

  it('updates the role the server reports for the stored token', () => {
    const unknown = { ...stored, role: null }
    expect(mergeVisit(unknown, { id: 'a', token: 'fac', role: 'facilitator' }, now).role).toBe(
      'facilitator',
    )
  })

  it('starts an entry for a board never seen before', () => {
    expect(mergeVisit(undefined, { id: 'n', title: 'Ny' }, now)).toEqual({
      id: 'n',
      title: 'Ny',
      token: null,
      role: null,
      lastOpened: now.toISOString(),
    })
  })
})
