import type { Phase } from '../entities/Phase'
import type { Touchpoint } from '../entities/Touchpoint'
import { sortByOrder } from '../order'
import { type RepeatedRequest, repeatedRequests } from './repeatedRequests'

/** Figures for one phase of a journey (see {@link analyseJourney}). */
export interface PhaseCoordination {
  phaseId: string
  /** Distinct existing actors responsible for any touchpoint in the phase. */
  agencies: string[]
  /** Hand-overs into a touchpoint of this phase (from the touchpoint before it). */
  handovers: number
}

/** The coordination burden of one journey, as the family meets it. */
export interface JourneyCoordination {
  /** Touchpoint ids in journey order: phases by order, then touchpoints by order within each. */
  sequence: string[]
  /** Distinct existing actors responsible for any touchpoint of the journey. */
  agencies: string[]
  phases: PhaseCoordination[]
  /** Total hand-overs along the journey. */
  handovers: number
  /** Touchpoints with no responsible actor at all. */
  withoutOwner: string[]
  /** Touchpoints naming at least one responsible actor that has been deleted. */
  deletedOwner: string[]
  /**
   * Touchpoints whose pain point is tagged «same information again» (`painType`): the manual
   * figure, kept beside the detected one below because it also covers what no `asksFor` lists.
   */
  repeatedInformation: string[]
  /** Information asked for by more than one agency, detected from `asksFor`. */
  repeatedRequests: RepeatedRequest[]
  /** Requests beyond the first, summed over {@link repeatedRequests}. */
  extraRequests: number
}

/**
 * The coordination analysis of a journey, defined precisely (docs/coordination-analysis.md):
 *
 * - A touchpoint's **owners** are its responsible actors that still exist.
 * - **Agencies**: the distinct owners over the touchpoints considered.
 * - A **hand-over** happens between two consecutive touchpoints of the journey sequence when
 *   both have owners and their owner sets differ; it belongs to the phase of the later one.
 *   A touchpoint without owners is a gap, not a hand-over: the pair before and after it are not
 *   compared across it.
 * - **Without owner**: no responsible actor at all. **Deleted owner**: names an actor that no
 *   longer exists (such a touchpoint may still have other owners).
 * - **Repeated requests**: information asked for by touchpoints of more than one agency (see
 *   `repeatedRequests`); info items that no longer exist (`infoItemExists`) are ignored.
 *
 * Touchpoints of phases not in `phases` (a concurrent phase delete) are left out.
 */
export function analyseJourney(
  phases: readonly Phase[],
  touchpoints: readonly Touchpoint[],
  actorExists: (id: string) => boolean,
  infoItemExists: (id: string) => boolean = () => true,
): JourneyCoordination {
  const ordered = sortByOrder(phases)
  const sequence: Touchpoint[] = []
  const phaseOf = new Map<string, string>()
  for (const phase of ordered)
    for (const tp of sortByOrder(touchpoints.filter((t) => t.phaseId === phase.id))) {
      sequence.push(tp)
      phaseOf.set(tp.id, phase.id)
    }

  const owners = new Map(sequence.map((tp) => [tp.id, tp.responsible.filter(actorExists)]))
  const perPhase = new Map<string, { agencies: Set<string>; handovers: number }>(
    ordered.map((p) => [p.id, { agencies: new Set(), handovers: 0 }]),
  )
  const all = new Set<string>()
  let handovers = 0
  let previous: string[] | null = null
  for (const tp of sequence) {
    const current = owners.get(tp.id)!
    const phase = perPhase.get(phaseOf.get(tp.id)!)!
    for (const id of current) {
      all.add(id)
      phase.agencies.add(id)
    }
    if (current.length === 0) {
      previous = null
      continue
    }
    if (previous && !sameMembers(previous, current)) {
      handovers++
      phase.handovers++
    }
    previous = current
  }

  const repeated = repeatedRequests(sequence, owners, infoItemExists)
  return {
    sequence: sequence.map((tp) => tp.id),
    agencies: [...all].sort(),
    phases: ordered.map((p) => ({
      phaseId: p.id,
      agencies: [...perPhase.get(p.id)!.agencies].sort(),
      handovers: perPhase.get(p.id)!.handovers,
    })),
    handovers,
    withoutOwner: sequence.filter((tp) => tp.responsible.length === 0).map((tp) => tp.id),
    deletedOwner: sequence
      .filter((tp) => tp.responsible.some((id) => !actorExists(id)))
      .map((tp) => tp.id),
    repeatedInformation: sequence
      .filter((tp) => tp.painType === 'repeated-information')
      .map((tp) => tp.id),
    repeatedRequests: repeated,
    extraRequests: repeated.reduce((sum, r) => sum + r.extra, 0),
  }
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id))
}
