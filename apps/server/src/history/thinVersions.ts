import type { BoardVersion } from '@samkart/model'

/** How long versions are kept (`SAMKART_VERSIONS_KEEP_ALL_HOURS`, `SAMKART_VERSIONS_KEEP_DAYS`). */
export interface RetentionPolicy {
  /** Automatic versions younger than this are all kept. */
  keepAllHours: number
  /**
   * Older automatic versions are thinned to the newest of each UTC day until they are this many
   * days old, then deleted. Named versions and restores are kept whatever their age.
   */
  keepDays: number
}

const HOUR = 3_600_000
const DAY = 24 * HOUR

/**
 * The automatic versions that retention removes now, by id. Named versions and restores are
 * never removed (people made them on purpose). Pure: same versions and `now`, same answer.
 */
export function thinVersions(
  versions: readonly BoardVersion[],
  now: Date,
  policy: RetentionPolicy,
): string[] {
  const remove: string[] = []
  const keptDays = new Set<string>()
  // Newest first, so the first automatic version met on a day is the one kept.
  const newestFirst = [...versions].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
  for (const version of newestFirst) {
    if (version.kind !== 'auto') continue
    const age = now.getTime() - Date.parse(version.createdAt)
    if (!(age >= policy.keepAllHours * HOUR)) continue // young (or unreadable date): kept
    if (age >= policy.keepDays * DAY) {
      remove.push(version.id)
      continue
    }
    const day = version.createdAt.slice(0, 10)
    if (keptDays.has(day)) remove.push(version.id)
    else keptDays.add(day)
  }
  return remove
}
