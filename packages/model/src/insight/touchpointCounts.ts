import type { Touchpoint } from '../entities/Touchpoint'

/**
 * How many touchpoints each actor is responsible for, across all journeys of the board. An actor
 * named twice on one touchpoint (a hostile client's duplicate) counts once; actors that own no
 * touchpoint are absent (read a missing entry as 0).
 */
export function touchpointCountsByActor(
  touchpoints: readonly Pick<Touchpoint, 'responsible'>[],
): Map<string, number> {
  const counts = new Map<string, number>()
  for (const tp of touchpoints)
    for (const id of new Set(tp.responsible)) counts.set(id, (counts.get(id) ?? 0) + 1)
  return counts
}
