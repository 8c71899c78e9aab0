import { textWidth } from '../scene/fonts'

/** What sizing a table needs to know of one column. */
export interface ColumnText {
  header: string
  weight: number
}

/** Longest body word a column widens for; longer ones (links, codes) may break inside. */
const MAX_BODY_WORD = 150

/**
 * Column widths that never break a header inside a word, and body words only when they are
 * longer than {@link MAX_BODY_WORD}: each column is at least as wide as its widest header word
 * (bold) and its widest body word, plus `pad` on both sides; the rest of the width is shared by
 * weight among the columns not held at their minimum («Organisasjonsnummer» then prints whole
 * instead of «Organisasjonsn/ummer»). Only if even the minimums do not fit are all columns
 * scaled down alike; the report's tables fit on A4 with room to spare.
 */
export function columnWidths(
  columns: readonly ColumnText[],
  rows: readonly (readonly string[])[],
  total: number,
  font: { size: number; pad: number },
): number[] {
  const widest = (texts: Iterable<string>, bold: boolean, cap: number) => {
    let w = 0
    for (const text of texts)
      for (const word of text.split(/\s+/))
        if (word) w = Math.max(w, Math.min(cap, textWidth(word, font.size, bold)))
    return w
  }
  const mins = columns.map(
    (c, i) =>
      Math.max(
        widest([c.header], true, Number.POSITIVE_INFINITY),
        widest(
          rows.map((r) => r[i] ?? ''),
          false,
          MAX_BODY_WORD,
        ),
      ) +
      2 * font.pad +
      0.5,
  )
  const sumMins = mins.reduce((s, m) => s + m, 0)
  if (sumMins >= total) return mins.map((m) => (m / sumMins) * total)
  // Columns whose share by weight is below their minimum are held there; the others share the
  // rest by weight. Repeats until no column falls below its minimum (at most one round each).
  const held = new Set<number>()
  for (;;) {
    const free = total - [...held].reduce((s, i) => s + mins[i]!, 0)
    const weight = columns.reduce((s, c, i) => (held.has(i) ? s : s + c.weight), 0)
    const widths = columns.map((c, i) => (held.has(i) ? mins[i]! : (c.weight / weight) * free))
    const short = widths.findIndex((w, i) => !held.has(i) && w < mins[i]!)
    if (short < 0) return widths
    widths.forEach((w, i) => {
      if (!held.has(i) && w < mins[i]!) held.add(i)
    })
  }
}
