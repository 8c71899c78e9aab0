/** The deepest nesting of arrays and objects a board file (or request body) may have. */
export const DEFAULT_MAX_JSON_DEPTH = 64

const OPEN_ARRAY = 0x5b
const OPEN_OBJECT = 0x7b
const CLOSE_ARRAY = 0x5d
const CLOSE_OBJECT = 0x7d
const QUOTE = 0x22
const BACKSLASH = 0x5c

/**
 * Whether JSON text nests arrays and objects deeper than `max`, found by one pass over the
 * text that only counts brackets outside strings, before anything is parsed. `JSON.parse` of a
 * small file of two million `[` held a server's event loop for seconds and took 120 MiB; this
 * pass takes a few milliseconds for 10 MiB and allocates nothing. Text that is not valid JSON
 * is left for `JSON.parse` to refuse.
 */
export function exceedsJsonDepth(input: string | Uint8Array, max: number): boolean {
  const text = typeof input === 'string'
  let depth = 0
  let inString = false
  for (let i = 0; i < input.length; i++) {
    // UTF-16 code units or UTF-8 bytes: the characters counted here are ASCII either way, and
    // no byte of a multi-byte UTF-8 sequence is ASCII.
    const c = text ? input.charCodeAt(i) : input[i]!
    if (inString) {
      if (c === BACKSLASH) i++
      else if (c === QUOTE) inString = false
    } else if (c === QUOTE) inString = true
    else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > max) return true
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth--
  }
  return false
}
