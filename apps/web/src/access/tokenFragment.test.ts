import { describe, expect, it } from 'vitest'
import {
  fragmentWithoutToken,
  shareUrl,
  takeTokenFromLocation,
  tokenFromFragment,
} from './tokenFragment'

describe('token fragment', () => {
  it('reads the token from #token=, alone or among other parameters', () => {
    expect(tokenFromFragment('#token=eyJ2IjoxfQ.c2ln')).toBe('eyJ2IjoxfQ.c2ln')
    expect(tokenFromFragment('token=abc.def')).toBe('abc.def')
    expect(tokenFromFragment('#view=1&token=abc.def')).toBe('abc.def')
  })

  it('has no token when the fragment has none, or an empty or absurdly long one', () => {
    expect(tokenFromFragment('')).toBeNull()
    expect(tokenFromFragment('#main')).toBeNull()
    expect(tokenFromFragment('#token=')).toBeNull()
    expect(tokenFromFragment(`#token=${'a'.repeat(3000)}`)).toBeNull()
  })

  it('keeps a malformed token, so the server can say why it is refused', () => {
    expect(tokenFromFragment('#token=not-a-token')).toBe('not-a-token')
  })

  it('takes the token out and keeps the rest of the fragment', () => {
    expect(fragmentWithoutToken('#token=abc.def')).toBe('')
    expect(fragmentWithoutToken('#view=1&token=abc.def')).toBe('#view=1')
    expect(fragmentWithoutToken('#main')).toBe('#main')
  })

  it('builds the share address the fragment parser reads back', () => {
    const url = shareUrl('https://samkart.example.no', 'Board_1', 'abc.def')
    expect(url).toBe('https://samkart.example.no/b/Board_1#token=abc.def')
    expect(tokenFromFragment(new URL(url).hash)).toBe('abc.def')
  })

  it('removes the token from the address bar, replacing the history entry', () => {
    const calls: unknown[][] = []
    const history = {
      state: { keep: 1 },
      replaceState: (...args: unknown[]) => void calls.push(args),
    }
    const location = { hash: '#token=abc.def', pathname: '/b/x/reiser', search: '?a=1' }
    expect(takeTokenFromLocation(location, history)).toBe('abc.def')
    expect(calls).toEqual([[{ keep: 1 }, '', '/b/x/reiser?a=1']])

    calls.length = 0
    expect(takeTokenFromLocation({ ...location, hash: '' }, history)).toBeNull()
    expect(calls).toEqual([])
  })
})
