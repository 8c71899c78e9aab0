import type { Phase } from '../entities/Phase'
import type { Touchpoint } from '../entities/Touchpoint'
import { type JourneyCoordination, analyseJourney } from '../insight/coordination'
import { sortByOrder } from '../order'
import { matchPhases, normaliseTitle } from './matchPhases'

/** One journey of a comparison: its phases and touchpoints. */
export interface ComparedJourney {
  phases: readonly Phase[]
  touchpoints: readonly Touchpoint[]
}

/** The figures compared, each a count where fewer means less burden on the family. */
export const COMPARE_FIGURES = [
  'touchpoints',
  'agencies',
  'handovers',
  'withoutOwner',
  'repeatedInformation',
  'repeatedRequests',
] as const
/** One of {@link COMPARE_FIGURES}. */
export type CompareFigure = (typeof COMPARE_FIGURES)[number]

/** The coordination figures of one side of a row (a phase) or of a whole journey. */
export interface SideFigures {
  /** Counts by figure. `agencies` counts {@link SideFigures.agencyIds}. */
  counts: Record<CompareFigure, number>
  /** Distinct existing owners, sorted. */
  agencyIds: string[]
}

/** How the to-be differs from the as-is, in one row or in total. */
export type CompareDifference =
  /** The phase is only in the as-is journey (dropped), or only in the to-be (new). */
  | { kind: 'phase-only'; side: 'as-is' | 'to-be' }
  /** A figure changed; `change` is to-be minus as-is. */
  | { kind: 'figure'; figure: CompareFigure; asIs: number; toBe: number; change: number }
  /** An agency met in one side of the row but not in the other. */
  | { kind: 'agency'; actorId: string; side: 'as-is' | 'to-be' }
  /** A touchpoint (by title) in one side of the row but not in the other. */
  | { kind: 'touchpoint'; title: string; side: 'as-is' | 'to-be' }
  /** A touchpoint of the same title in both, with other owners. */
  | { kind: 'owners'; title: string; asIs: string[]; toBe: string[] }

/** One row of the comparison: a phase of each journey, matched, or one alone. */
export interface CompareRow {
  asIs: Phase | null
  toBe: Phase | null
  asIsFigures: SideFigures | null
  toBeFigures: SideFigures | null
  differences: CompareDifference[]
}

/** Two journeys compared phase by phase (see {@link compareJourneys}). */
export interface JourneyComparisonByPhase {
  rows: CompareRow[]
  asIsTotal: SideFigures
  toBeTotal: SideFigures
  /** Figure and agency differences over the whole journeys. */
  differences: CompareDifference[]
}

/**
 * Compares an as-is journey with its to-be, phase by phase, in the terms of the coordination
 * analysis (docs/coordination-analysis.md, «Compare»). Phases are matched by normalised title,
 * the rest by position (see `matchPhases`); rows follow the as-is order, a phase only in the
 * to-be right after the row of the to-be phase before it. Per row and in total it gives each
 * side's figures (touchpoints, agencies, hand-overs, ownerless touchpoints, repeated information)
 * and the differences: changed figures, agencies met on one side only, and within a row the
 * touchpoints present on one side only and those whose owners changed (matched by normalised
 * title). Hand-overs are counted along each whole journey and credited to the phase of the later
 * touchpoint, exactly as `analyseJourney` does, so the rows add up to the totals.
 */
export function compareJourneys(
  asIs: ComparedJourney,
  toBe: ComparedJourney,
  actorExists: (id: string) => boolean,
  infoItemExists: (id: string) => boolean = () => true,
): JourneyComparisonByPhase {
  const asIsAnalysis = analyseJourney(asIs.phases, asIs.touchpoints, actorExists, infoItemExists)
  const toBeAnalysis = analyseJourney(toBe.phases, toBe.touchpoints, actorExists, infoItemExists)
  const asIsTotal = sideFigures(asIsAnalysis, null, asIs.touchpoints)
  const toBeTotal = sideFigures(toBeAnalysis, null, toBe.touchpoints)
  const rows = matchPhases(sortByOrder(asIs.phases), sortByOrder(toBe.phases)).map(
    ([a, b]): CompareRow => {
      const asIsFigures = a ? sideFigures(asIsAnalysis, a.id, asIs.touchpoints) : null
      const toBeFigures = b ? sideFigures(toBeAnalysis, b.id, toBe.touchpoints) : null
      const differences: CompareDifference[] = []
      if (!a || !b) differences.push({ kind: 'phase-only', side: a ? 'as-is' : 'to-be' })
      differences.push(...figureDifferences(asIsFigures, toBeFigures))
      if (a && b) {
        differences.push(...agencyDifferences(asIsFigures!, toBeFigures!))
        differences.push(
          ...touchpointDifferences(
            sortByOrder(asIs.touchpoints.filter((tp) => tp.phaseId === a.id)),
            sortByOrder(toBe.touchpoints.filter((tp) => tp.phaseId === b.id)),
            actorExists,
          ),
        )
      }
      return { asIs: a, toBe: b, asIsFigures, toBeFigures, differences }
    },
  )
  return {
    rows,
    asIsTotal,
    toBeTotal,
    differences: [
      ...figureDifferences(asIsTotal, toBeTotal),
      ...agencyDifferences(asIsTotal, toBeTotal),
    ],
  }
}

/**
 * The figures of one phase (`phaseId`) or of the whole journey (`null`), from its analysis.
 * This is the one place a figure is read from `JourneyCoordination`: a new figure of the
 * analysis (such as detected repeated information) plugs in here and in {@link COMPARE_FIGURES}.
 */
export function sideFigures(
  analysis: JourneyCoordination,
  phaseId: string | null,
  touchpoints: readonly Touchpoint[],
): SideFigures {
  const inScope = new Set(
    phaseId === null
      ? analysis.sequence
      : touchpoints.filter((tp) => tp.phaseId === phaseId).map((tp) => tp.id),
  )
  const phase = analysis.phases.find((p) => p.phaseId === phaseId)
  const agencyIds = phaseId === null ? analysis.agencies : (phase?.agencies ?? [])
  const count = (ids: readonly string[]) => ids.filter((id) => inScope.has(id)).length
  return {
    counts: {
      touchpoints: count(analysis.sequence),
      agencies: agencyIds.length,
      handovers: phaseId === null ? analysis.handovers : (phase?.handovers ?? 0),
      withoutOwner: count(analysis.withoutOwner),
      repeatedInformation: count(analysis.repeatedInformation),
      // Requests beyond each item's first, credited to the phase of the repeated request, so the
      // rows add up to the journey's `extraRequests`.
      repeatedRequests: analysis.repeatedRequests.reduce(
        (sum, request) => sum + count(request.touchpoints.slice(1)),
        0,
      ),
    },
    agencyIds: [...agencyIds],
  }
}

function figureDifferences(
  asIs: SideFigures | null,
  toBe: SideFigures | null,
): CompareDifference[] {
  return COMPARE_FIGURES.flatMap((figure): CompareDifference[] => {
    const a = asIs?.counts[figure] ?? 0
    const b = toBe?.counts[figure] ?? 0
    return a === b ? [] : [{ kind: 'figure', figure, asIs: a, toBe: b, change: b - a }]
  })
}

function agencyDifferences(asIs: SideFigures, toBe: SideFigures): CompareDifference[] {
  return [
    ...asIs.agencyIds
      .filter((id) => !toBe.agencyIds.includes(id))
      .map((actorId) => ({ kind: 'agency' as const, actorId, side: 'as-is' as const })),
    ...toBe.agencyIds
      .filter((id) => !asIs.agencyIds.includes(id))
      .map((actorId) => ({ kind: 'agency' as const, actorId, side: 'to-be' as const })),
  ]
}

function touchpointDifferences(
  asIs: readonly Touchpoint[],
  toBe: readonly Touchpoint[],
  actorExists: (id: string) => boolean,
): CompareDifference[] {
  const key = (tp: Touchpoint) => normaliseTitle(tp.title)
  const toBeByKey = new Map(toBe.map((tp) => [key(tp), tp]))
  const asIsKeys = new Set(asIs.map(key))
  const owners = (tp: Touchpoint) => tp.responsible.filter(actorExists).sort()
  const out: CompareDifference[] = []
  for (const tp of asIs) {
    const match = toBeByKey.get(key(tp))
    if (!match) out.push({ kind: 'touchpoint', title: tp.title, side: 'as-is' })
    else if (owners(tp).join() !== owners(match).join())
      out.push({ kind: 'owners', title: match.title, asIs: owners(tp), toBe: owners(match) })
  }
  for (const tp of toBe)
    if (!asIsKeys.has(key(tp))) out.push({ kind: 'touchpoint', title: tp.title, side: 'to-be' })
  return out
}
