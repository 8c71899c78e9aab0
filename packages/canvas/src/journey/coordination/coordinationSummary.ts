import {
  type JourneyCoordination,
  type Phase,
  type Touchpoint,
  analyseJourney,
} from '@samkart/model'

/** One row of the per-phase figures. */
export interface PhaseRow {
  phaseId: string
  title: string
  agencies: number
  handovers: number
}

/** A touchpoint a finding lists. */
export interface FindingItem {
  id: string
  title: string
}

/** One piece of information several agencies ask for (`repeatedRequests`), with its name. */
export interface RequestRow {
  infoItemId: string
  name: string
  /** The touchpoints asking for it, in journey order. */
  touchpoints: string[]
  agencies: number
  extra: number
}

/** What the coordination panel shows for one journey. */
export interface CoordinationSummary {
  touchpoints: number
  agencies: number
  handovers: number
  phases: PhaseRow[]
  withoutOwner: FindingItem[]
  deletedOwner: FindingItem[]
  repeatedInformation: FindingItem[]
  /** Information asked for by more than one agency, and the requests beyond the first. */
  repeatedRequests: RequestRow[]
  extraRequests: number
}

/**
 * The panel's figures for `journeyId`, from the board's phases, touchpoints and existing actor
 * ids and info item names: `analyseJourney` does the counting; this only picks the journey and
 * adds titles and names.
 */
export function summariseCoordination(
  journeyId: string,
  phases: readonly Phase[],
  touchpoints: readonly Touchpoint[],
  actorIds: ReadonlySet<string>,
  infoItemNames: ReadonlyMap<string, string> = new Map(),
): CoordinationSummary {
  const ownPhases = phases.filter((p) => p.journeyId === journeyId)
  const ownTouchpoints = touchpoints.filter((t) => t.journeyId === journeyId)
  const result: JourneyCoordination = analyseJourney(
    ownPhases,
    ownTouchpoints,
    (id) => actorIds.has(id),
    (id) => infoItemNames.has(id),
  )
  const phaseTitle = new Map(ownPhases.map((p) => [p.id, p.title]))
  const tpTitle = new Map(ownTouchpoints.map((t) => [t.id, t.title]))
  const items = (ids: string[]) => ids.map((id) => ({ id, title: tpTitle.get(id) ?? '' }))
  return {
    touchpoints: result.sequence.length,
    agencies: result.agencies.length,
    handovers: result.handovers,
    phases: result.phases.map((p) => ({
      phaseId: p.phaseId,
      title: phaseTitle.get(p.phaseId) ?? '',
      agencies: p.agencies.length,
      handovers: p.handovers,
    })),
    withoutOwner: items(result.withoutOwner),
    deletedOwner: items(result.deletedOwner),
    repeatedInformation: items(result.repeatedInformation),
    repeatedRequests: result.repeatedRequests.map((r) => ({
      infoItemId: r.infoItemId,
      name: infoItemNames.get(r.infoItemId) ?? '',
      touchpoints: r.touchpoints,
      agencies: r.agencies.length,
      extra: r.extra,
    })),
    extraRequests: result.extraRequests,
  }
}

/** Whether two summaries show the same thing (so a remote drag elsewhere re-renders nothing). */
export function sameSummary(a: CoordinationSummary, b: CoordinationSummary): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
