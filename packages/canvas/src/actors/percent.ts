/** Whole percent: the precision a workshop argues about, and what the cards' moves announce. */
export const toPercent = (value: number) => String(Math.round(value * 100))

/** The text as a score (0..1), or `null` if it is not a number from 0 to 100. */
export function parsePercent(text: string): number | null {
  const trimmed = text.trim().replace(',', '.').replace(/\s*%$/, '')
  if (trimmed === '') return null
  const n = Number(trimmed)
  return Number.isFinite(n) && n >= 0 && n <= 100 ? Math.round(n * 100) / 10_000 : null
}
