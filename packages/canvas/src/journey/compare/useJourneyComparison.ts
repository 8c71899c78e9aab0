import { type Journey, type JourneyComparisonByPhase, compareJourneys } from '@samkart/model'
import { useMemo } from 'react'
import type { JourneyBoard } from '../useJourneyBoard'

/** A journey and its counterpart, as-is on the left, compared. */
export interface JourneyPair {
  asIs: Journey
  toBe: Journey
  comparison: JourneyComparisonByPhase
}

/**
 * The comparison the compare view shows for `journeyId`, or `null` when the journey has no
 * (existing) counterpart. The to-be side is the journey marked `to-be`; when neither or both
 * are marked, the journey opened is the as-is side. Recomputed whenever the board changes, so
 * another participant's edit shows at once.
 */
export function useJourneyComparison(board: JourneyBoard, journeyId: string): JourneyPair | null {
  return useMemo(() => {
    const journey = board.journeys.find((j) => j.id === journeyId)
    const other =
      journey && journey.counterpartId !== journeyId
        ? board.journeys.find((j) => j.id === journey.counterpartId)
        : undefined
    if (!journey || !other) return null
    const [asIs, toBe] =
      journey.stage === 'to-be' && other.stage !== 'to-be' ? [other, journey] : [journey, other]
    const actorIds = new Set(board.actors.map((a) => a.id))
    const parts = (id: string) => ({
      phases: board.phases.filter((p) => p.journeyId === id),
      touchpoints: board.touchpoints.filter((tp) => tp.journeyId === id),
    })
    const infoIds = new Set(board.infoItems.map((i) => i.id))
    const comparison = compareJourneys(
      parts(asIs.id),
      parts(toBe.id),
      (id) => actorIds.has(id),
      (id) => infoIds.has(id),
    )
    return { asIs, toBe, comparison }
  }, [board, journeyId])
}
