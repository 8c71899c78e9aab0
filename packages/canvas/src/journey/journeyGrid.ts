import type { Phase, Touchpoint } from '@samkart/model'

/** A phase with its touchpoints in order: one column group of the journey table. */
export interface PhaseColumn {
  phase: Phase
  touchpoints: Touchpoint[]
}

/**
 * Groups touchpoints under their phases, both in their stored order. Touchpoints of a phase
 * that is not in `phases` (a concurrent delete still arriving) are left out.
 */
export function phaseColumns(phases: readonly Phase[], touchpoints: readonly Touchpoint[]) {
  const byPhase = new Map<string, Touchpoint[]>(phases.map((p) => [p.id, []]))
  for (const tp of touchpoints) byPhase.get(tp.phaseId)?.push(tp)
  return phases.map<PhaseColumn>((phase) => ({
    phase,
    touchpoints: [...byPhase.get(phase.id)!].sort((a, b) =>
      a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1,
    ),
  }))
}

/** The new index of an item moved one step left (−1) or right (+1), or `null` at an edge. */
export function stepIndex(index: number, count: number, direction: -1 | 1): number | null {
  const next = index + direction
  return next < 0 || next >= count ? null : next
}

/**
 * Where a touchpoint goes when moved one step left or right by keyboard: within its phase, and
 * across the edge of the phase to the end of the previous (or start of the next) phase, so the
 * keyboard alone can take a touchpoint anywhere. `null` at the journey's first or last place.
 */
export function stepTouchpoint(
  columns: readonly PhaseColumn[],
  touchpointId: string,
  direction: -1 | 1,
): { phaseId: string; index: number } | null {
  const p = columns.findIndex((c) => c.touchpoints.some((t) => t.id === touchpointId))
  if (p < 0) return null
  const column = columns[p]!
  const index = column.touchpoints.findIndex((t) => t.id === touchpointId)
  const within = stepIndex(index, column.touchpoints.length, direction)
  if (within !== null) return { phaseId: column.phase.id, index: within }
  const neighbour = columns[p + direction]
  if (!neighbour) return null
  // The index counts siblings without the moved touchpoint: the end of the previous phase is
  // its length, the start of the next one 0.
  return { phaseId: neighbour.phase.id, index: direction < 0 ? neighbour.touchpoints.length : 0 }
}

/** Splits the comma-separated variants field into tags: trimmed, non-empty, no repeats. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ]
}
