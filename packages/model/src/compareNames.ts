let collator: Intl.Collator | undefined

/**
 * Orders names as Norwegian does (æ, ø, å after z), as `a.localeCompare(b, 'nb')` would, with
 * one collator made on first use: `localeCompare` with a locale sets one up for every call,
 * which made sorting a 3,000-actor board's names several times slower.
 */
export function compareNames(a: string, b: string): number {
  collator ??= new Intl.Collator('nb')
  return collator.compare(a, b)
}
