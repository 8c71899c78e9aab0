import { describe, expect, it } from 'vitest'
import { DEFAULT_MAX_JSON_DEPTH, exceedsJsonDepth } from './jsonDepth'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('exceedsJsonDepth', () => {
  it('counts nesting outside strings, in text and in UTF-8 bytes alike', () => {
    for (const input of ['[[[1]]]', bytes('[[[1]]]')]) {
      expect(exceedsJsonDepth(input, 3)).toBe(false)
      expect(exceedsJsonDepth(input, 2)).toBe(true)
    }
    const quoted = JSON.stringify({ name: '[[[[{{{{ "æøå \\" [[[' })
    expect(exceedsJsonDepth(quoted, 1)).toBe(false)
    expect(exceedsJsonDepth(bytes(quoted), 1)).toBe(false)
    expect(exceedsJsonDepth('[1], [2], [3]', 1)).toBe(false)
  })

  it('refuses two million nested arrays without parsing them', () => {
    const deep = '['.repeat(2_000_000) + ']'.repeat(2_000_000)
    expect(exceedsJsonDepth(deep, DEFAULT_MAX_JSON_DEPTH)).toBe(true)
    expect(exceedsJsonDepth(bytes(deep), DEFAULT_MAX_JSON_DEPTH)).toBe(true)
  })
})
