/**
 * Fractional order keys: strings over base-62 digits that sort with plain `<`. A key between any
 * two keys always exists, so moving an item rewrites only that item's key, and concurrent moves
 * of different items never conflict. Equal keys (two clients inserting at the same spot) are
 * ordered by id, which every client sees alike.
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const BASE = DIGITS.length

function digit(c: string | undefined): number {
  return c === undefined ? 0 : DIGITS.indexOf(c)
}

function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let n = 0
    while ((a[n] ?? '0') === b[n]) n++
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n))
  }
  const da = digit(a[0])
  const db = b !== null ? digit(b[0]) : BASE
  if (db - da > 1) return DIGITS[Math.round((da + db) / 2)]!
  if (b !== null && b.length > 1) return b.slice(0, 1)
  return DIGITS[da]! + midpoint(a.slice(1), null)
}

/**
 * A key strictly between `before` and `after` (either may be null for the start or end).
 *
 * @example orderBetween(null, null) // 'V'
 */
export function orderBetween(before: string | null, after: string | null): string {
  const a = before ?? ''
  if (after !== null && a >= after) throw new Error(`order keys out of order: ${a} >= ${after}`)
  return midpoint(a, after)
}

/** Sorts items by order key, then by id, giving every client the same sequence. */
export function sortByOrder<T extends { order: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort((x, y) =>
    x.order < y.order ? -1 : x.order > y.order ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
  )
}
