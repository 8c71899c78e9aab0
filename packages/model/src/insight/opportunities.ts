import type { LaneItem } from '../entities/LaneItem'
import type { Touchpoint } from '../entities/Touchpoint'
import { sortByOrder } from '../order'

/** A pain point an opportunity or idea can address: a touchpoint's pain point or a pain item. */
export type PainTarget =
  | { kind: 'touchpoint'; id: string; touchpoint: Touchpoint }
  | { kind: 'pain'; id: string; item: LaneItem }

/**
 * The pain points of one journey, for the picker of what an opportunity addresses: touchpoints
 * with a pain point (text or kind), in phase order, then the journey's pain items.
 *
 * @param phaseOrder the journey's phase ids, left to right
 */
export function painTargets(
  journeyId: string,
  phaseOrder: readonly string[],
  touchpoints: readonly Touchpoint[],
  items: readonly LaneItem[],
): PainTarget[] {
  const rank = (phaseId: string) => phaseOrder.indexOf(phaseId)
  const byPhase = <T extends { phaseId: string; order: string; id: string }>(list: T[]) =>
    sortByOrder(list).sort((a, b) => rank(a.phaseId) - rank(b.phaseId))
  return [
    ...byPhase(
      touchpoints.filter(
        (tp) => tp.journeyId === journeyId && (tp.painPoint.trim() !== '' || tp.painType !== ''),
      ),
    ).map((touchpoint): PainTarget => ({ kind: 'touchpoint', id: touchpoint.id, touchpoint })),
    ...byPhase(items.filter((i) => i.journeyId === journeyId && i.kind === 'pain')).map(
      (item): PainTarget => ({ kind: 'pain', id: item.id, item }),
    ),
  ]
}

/** An opportunity or idea with the pain points it addresses that still exist. */
export interface Opportunity {
  item: LaneItem
  addresses: PainTarget[]
}

/**
 * A journey's opportunities and ideas, phase by phase, each with what it addresses (links to
 * deleted touchpoints or items left out), for the insight panel and the report.
 */
export function journeyOpportunities(
  journeyId: string,
  phaseOrder: readonly string[],
  touchpoints: readonly Touchpoint[],
  items: readonly LaneItem[],
): Opportunity[] {
  const targets = new Map(
    painTargets(journeyId, phaseOrder, touchpoints, items).map((t) => [t.id, t]),
  )
  // A linked touchpoint whose pain point was since cleared still counts: it was chosen.
  for (const tp of touchpoints)
    if (tp.journeyId === journeyId && !targets.has(tp.id))
      targets.set(tp.id, { kind: 'touchpoint', id: tp.id, touchpoint: tp })
  const rank = (phaseId: string) => phaseOrder.indexOf(phaseId)
  return sortByOrder(
    items.filter(
      (i) => i.journeyId === journeyId && (i.kind === 'opportunity' || i.kind === 'idea'),
    ),
  )
    .sort((a, b) => rank(a.phaseId) - rank(b.phaseId))
    .map((item) => ({
      item,
      addresses: [...item.touchpoints, ...item.pains].flatMap((id) => {
        const target = targets.get(id)
        return target ? [target] : []
      }),
    }))
}
