import { describe, expect, it } from 'vitest'
import { scoresAfterKey } from './keyboardMove'

const start = { importance: 0.5, substitutability: 0.5 }

describe('scoresAfterKey', () => {
  it('moves along the axes as the card moves on screen', () => {
    expect(scoresAfterKey(start, 'ArrowUp', false)).toEqual({
      importance: 0.52,
      substitutability: 0.5,
    })
    expect(scoresAfterKey(start, 'ArrowRight', true)).toEqual({
      importance: 0.5,
      substitutability: 0.4,
    })
    expect(scoresAfterKey(start, 'ArrowLeft', false)?.substitutability).toBe(0.52)
    expect(scoresAfterKey(start, 'ArrowDown', true)?.importance).toBe(0.4)
  })

  it('stops at the edges and ignores other keys', () => {
    expect(scoresAfterKey({ importance: 0.95, substitutability: 0 }, 'ArrowUp', true)).toEqual({
      importance: 1,
      substitutability: 0,
    })
    expect(scoresAfterKey(start, 'Enter', false)).toBeNull()
  })
})
