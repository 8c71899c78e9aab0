import type { BoardSnapshot } from '../doc/snapshot'
import type { JourneyComparison } from './boardDiff'

/** One phase's coordination figures on one side of a comparison. */
export interface PhaseFigures {
  agencies: number
  handovers: number
  /** Touchpoints of the phase with no responsible actor. */
  withoutOwner: number
}

/** A row of the side-by-side table: a phase, and its figures where it exists on that side. */
export interface PhaseFigureRow {
  phaseId: string
  title: string
  before: PhaseFigures | null
  after: PhaseFigures | null
}

/**
 * The rows of a journey's «before and after» table: the phases of `after` in order, then those
 * only `before` had, each with its figures on the side(s) it exists on. The web page's table
 * and the PDF report's both read these, so they can never disagree.
 */
export function phaseFigureRows(
  journey: JourneyComparison,
  before: BoardSnapshot,
  after: BoardSnapshot,
): PhaseFigureRow[] {
  const titles = new Map([...before.phases, ...after.phases].map((p) => [p.id, p.title]))
  const ids = [
    ...(journey.after?.phases ?? []).map((p) => p.phaseId),
    ...(journey.before?.phases ?? [])
      .map((p) => p.phaseId)
      .filter((id) => !journey.after?.phases.some((p) => p.phaseId === id)),
  ]
  const side = (
    coordination: JourneyComparison['before'],
    board: BoardSnapshot,
    phaseId: string,
  ): PhaseFigures | null => {
    const phase = coordination?.phases.find((p) => p.phaseId === phaseId)
    if (!coordination || !phase) return null
    const phaseOf = new Map(board.touchpoints.map((tp) => [tp.id, tp.phaseId]))
    return {
      agencies: phase.agencies.length,
      handovers: phase.handovers,
      withoutOwner: coordination.withoutOwner.filter((id) => phaseOf.get(id) === phaseId).length,
    }
  }
  return ids.map((phaseId) => ({
    phaseId,
    title: titles.get(phaseId) ?? phaseId,
    before: side(journey.before, before, phaseId),
    after: side(journey.after, after, phaseId),
  }))
}

/** The journey's totals on one side, or `null` where the journey does not exist there. */
export function journeyTotals(coordination: JourneyComparison['before']): PhaseFigures | null {
  return coordination
    ? {
        agencies: coordination.agencies.length,
        handovers: coordination.handovers,
        withoutOwner: coordination.withoutOwner.length,
      }
    : null
}
