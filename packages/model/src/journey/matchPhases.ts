import type { Phase } from '../entities/Phase'

/** A title as compared: case, Unicode composition, outer and repeated spaces do not count. */
export function normaliseTitle(title: string): string {
  return title.normalize('NFC').toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim()
}

/**
 * Pairs the phases of two journeys (each given in order) for a side-by-side comparison:
 * first by normalised title (the first unmatched phase of the same title), then the phases
 * left on both sides by position (the first left-over with the first, and so on), since a
 * to-be journey usually keeps the as-is outline and renames a phase rather than replacing it.
 * What is left after that stands alone. The pairs follow `asIs` order; a phase only in `toBe`
 * comes right after the pair holding the `toBe` phase before it (first if there is none).
 */
export function matchPhases(
  asIs: readonly Phase[],
  toBe: readonly Phase[],
): [Phase | null, Phase | null][] {
  const partner = new Map<Phase, Phase>()
  const taken = new Set<Phase>()
  for (const a of asIs) {
    const b = toBe.find((p) => !taken.has(p) && normaliseTitle(p.title) === normaliseTitle(a.title))
    if (!b) continue
    partner.set(a, b)
    taken.add(b)
  }
  const leftB = toBe.filter((p) => !taken.has(p))
  for (const a of asIs.filter((p) => !partner.has(p))) {
    const b = leftB.shift()
    if (!b) break
    partner.set(a, b)
    taken.add(b)
  }
  const pairs: [Phase | null, Phase | null][] = asIs.map((a) => [a, partner.get(a) ?? null])
  // Each to-be phase alone goes after the pair of its nearest placed predecessor in the to-be.
  toBe.forEach((b, index) => {
    if (taken.has(b)) return
    let at = 0
    for (let i = index - 1; i >= 0; i--) {
      const found = pairs.findIndex(([, p]) => p === toBe[i])
      if (found >= 0) {
        at = found + 1
        break
      }
    }
    pairs.splice(at, 0, [null, b])
  })
  return pairs
}
