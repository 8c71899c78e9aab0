/**
 * How a card's name is set in its line width: on one line; on one line a few percent smaller
 * (a single word just too long, «Barnevernsledere»); on two lines, broken at spaces and after
 * hyphens («Digibarnevern- / kommunene»); or on one line ending in «…» when neither fits.
 */
export type NameFit =
  { kind: 'line' } | { kind: 'shrunk'; size: number } | { kind: 'two-lines' } | { kind: 'cut' }

/** Widths of text at the name's full size, in the same units as the width given. */
export type MeasureText = (text: string) => number

/**
 * How far a one-line name may shrink (as a share of the full size) before it goes to two lines:
 * 19 units × 0.96 = 18.2 units still read at 12 px where the matrix is fitted to a 1366×768
 * laptop (zoom ~0.66).
 */
export const MIN_SHRINK = 0.96

/** The name's pieces between line break opportunities: after spaces and after hyphens. */
function pieces(name: string): string[] {
  return name
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=-)/))
    .filter(Boolean)
}

/**
 * Sets `name` (drawn at `fullSize`) in `width`, measuring with `measure` (at the full size). Two
 * lines are filled greedily, as the browser breaks them; a piece wider than a line alone rules
 * them out, since the browser would then cut it mid-word.
 */
export function fitName(
  name: string,
  width: number,
  fullSize: number,
  measure: MeasureText,
): NameFit {
  const whole = measure(name)
  if (whole <= width) return { kind: 'line' }
  if (whole * MIN_SHRINK <= width) return { kind: 'shrunk', size: (fullSize * width) / whole }
  const parts = pieces(name)
  let lines = 1
  let line = ''
  for (const part of parts) {
    if (measure(part.trimEnd()) > width) return { kind: 'cut' }
    // A hyphen ends its piece, so the pieces join without a space after one.
    const candidate = !line ? part : line.endsWith('-') ? line + part : `${line} ${part}`
    if (measure(candidate) <= width) {
      line = candidate
      continue
    }
    lines += 1
    line = part
  }
  return lines <= 2 ? { kind: 'two-lines' } : { kind: 'cut' }
}
