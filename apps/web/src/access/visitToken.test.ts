import { describe, expect, it } from 'vitest'
import { type RecentStorage, createRecentBoards } from './recentBoards'
import { resolveVisitToken } from './visitToken'

const encode = (value: unknown) =>
  btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
const token = (role: string) => `${encode({ v: 1, b: 'B', l: role, r: role, e: null })}.sig`

function memory(): RecentStorage {
  const data = new Map<string, string>()
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }
}

/** A browser address bar and history entry, as far as the app touches them. */
function browser(url: string) {
  const location = new URL(url)
  const history = {
    state: null as unknown,
    replaceState(state: unknown, _: string, next?: string) {
      this.state = state
      if (next !== undefined) {
        const moved = new URL(next, location)
        location.hash = moved.hash
      }
    },
  }
  return { location, history }
}

describe('the token a visit uses', () => {
  it('takes a share link’s token, records it, and clears it from the address', () => {
    const recent = createRecentBoards(memory())
    const { location, history } = browser(`http://x/b/B#token=${token('editor')}`)
    expect(resolveVisitToken('B', recent, location, history)).toBe(token('editor'))
    expect(location.hash).toBe('')
    expect(recent.get('B')).toMatchObject({ token: token('editor'), role: 'editor' })

    // Reloading the same history entry keeps the link's token.
    expect(resolveVisitToken('B', recent, location, history)).toBe(token('editor'))
  })

  it('uses the stored token when the address has none', () => {
    const recent = createRecentBoards(memory())
    recent.remember({ id: 'B', token: token('facilitator'), role: 'facilitator' })
    const { location, history } = browser('http://x/b/B')
    expect(resolveVisitToken('B', recent, location, history)).toBe(token('facilitator'))
    expect(resolveVisitToken('C', recent, location, history)).toBeNull()
  })

  it('uses a weaker link for this visit without losing the stored stronger one', () => {
    const recent = createRecentBoards(memory())
    recent.remember({ id: 'B', token: token('facilitator'), role: 'facilitator' })
    const visit = browser(`http://x/b/B#token=${token('viewer')}`)
    expect(resolveVisitToken('B', recent, visit.location, visit.history)).toBe(token('viewer'))
    expect(recent.get('B')?.token).toBe(token('facilitator'))
    // Opening the board again from the list, in a fresh history entry, facilitates again.
    const later = browser('http://x/b/B')
    expect(resolveVisitToken('B', recent, later.location, later.history)).toBe(token('facilitator'))
  })
})
