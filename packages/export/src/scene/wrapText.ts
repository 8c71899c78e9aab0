import { textWidth } from './fonts'

/** How to fit text into a box. */
export interface WrapOptions {
  size: number
  bold?: boolean
  maxWidth: number
  /** Lines beyond this are dropped; the last kept line ends with `…`. Default unlimited. */
  maxLines?: number
}

const ELLIPSIS = '…'

/**
 * Breaks text into lines that fit `maxWidth` (Helvetica metrics): at spaces, and inside words
 * only when one word alone is too wide. Line breaks in the text are kept. Whitespace runs
 * collapse as in HTML, so the lines match what the canvas shows.
 */
export function wrapText(text: string, options: WrapOptions): string[] {
  const { size, bold = false, maxWidth } = options
  const maxLines = options.maxLines ?? Number.POSITIVE_INFINITY
  const fits = (s: string) => textWidth(s, size, bold) <= maxWidth
  const lines: string[] = []
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    const words = paragraph.split(/[ \t\u00a0]+/).filter(Boolean)
    let line = ''
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word
      if (fits(candidate)) {
        line = candidate
        continue
      }
      if (line) lines.push(line)
      line = ''
      let rest = word
      while (!fits(rest)) {
        const cut = longestFittingPrefix(rest, fits)
        lines.push(rest.slice(0, cut))
        rest = rest.slice(cut)
      }
      line = rest
    }
    if (line || words.length === 0) lines.push(line)
    if (lines.length > maxLines) break
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1]!, fits)
  return kept
}

/** Shortens one line to fit, ending with `…` if anything was cut. */
export function truncateText(text: string, options: Omit<WrapOptions, 'maxLines'>): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const fits = (s: string) => textWidth(s, options.size, options.bold ?? false) <= options.maxWidth
  return fits(flat) ? flat : withEllipsis(flat, fits)
}

function withEllipsis(line: string, fits: (s: string) => boolean): string {
  let chars = [...line]
  while (chars.length > 0 && !fits(chars.join('').trimEnd() + ELLIPSIS)) chars = chars.slice(0, -1)
  return chars.join('').trimEnd() + ELLIPSIS
}

/** The most UTF-16 units of `word` (at least one character) that fit, by binary search. */
function longestFittingPrefix(word: string, fits: (s: string) => boolean): number {
  const chars = [...word]
  let lo = 1
  let hi = chars.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (fits(chars.slice(0, mid).join(''))) lo = mid
    else hi = mid - 1
  }
  return chars.slice(0, lo).join('').length
}
