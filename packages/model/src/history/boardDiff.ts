import { type ActorCategory, actorCategory } from '../category'
import type { BoardSnapshot } from '../doc/snapshot'
import { type JourneyCoordination, analyseJourney } from '../insight/coordination'
import type { VersionSummary } from './BoardVersion'

/** Scores closer than this count as the same place (the document rounds to 4 decimals). */
const SAME_PLACE = 1e-4

/** An actor whose place on the matrix differs between the two boards. */
export interface MovedActor {
  id: string
  name: string
  from: { importance: number; substitutability: number; category: ActorCategory }
  to: { importance: number; substitutability: number; category: ActorCategory }
}

/** A touchpoint whose responsible actors differ. */
export interface OwnerChange {
  touchpointId: string
  title: string
  phaseId: string
  /** Responsible actor ids gained and lost, sorted. */
  added: string[]
  removed: string[]
}

/** One journey's coordination figures in both boards, side by side. */
export interface JourneyComparison {
  journeyId: string
  name: string
  /** `null` where the journey does not exist on that side. */
  before: JourneyCoordination | null
  after: JourneyCoordination | null
  touchpointsAdded: string[]
  touchpointsRemoved: string[]
  ownerChanges: OwnerChange[]
}

/** What changed from one board (`before`) to another (`after`). Ids are sorted. */
export interface BoardDiff {
  actorsAdded: string[]
  actorsRemoved: string[]
  /** Every actor that moved, in id order; those with `from.category !== to.category` changed category. */
  actorsMoved: MovedActor[]
  relationsAdded: string[]
  relationsRemoved: string[]
  touchpointsAdded: string[]
  touchpointsRemoved: string[]
  ownerChanges: OwnerChange[]
  /** Every journey on either side, in the order of `after`, then those only in `before`. */
  journeys: JourneyComparison[]
}

const ids = (list: readonly { id: string }[]) => new Set(list.map((e) => e.id))
const onlyIn = (a: Set<string>, b: Set<string>) => [...a].filter((id) => !b.has(id)).sort()

/**
 * Compares two boards: actors added, removed and moved (with their category on both sides),
 * relations added and removed, touchpoints added and removed, changes of responsible actors,
 * and each journey's coordination figures ({@link analyseJourney}) before and after. Pure: the
 * same two snapshots always give the same diff.
 */
export function boardDiff(before: BoardSnapshot, after: BoardSnapshot): BoardDiff {
  const beforeActors = new Map(before.actors.map((a) => [a.id, a]))
  const actorsMoved: MovedActor[] = []
  for (const actor of [...after.actors].sort(byId)) {
    const old = beforeActors.get(actor.id)
    if (!old) continue
    if (
      Math.abs(old.importance - actor.importance) < SAME_PLACE &&
      Math.abs(old.substitutability - actor.substitutability) < SAME_PLACE
    )
      continue
    actorsMoved.push({
      id: actor.id,
      name: actor.name,
      from: place(old.importance, old.substitutability),
      to: place(actor.importance, actor.substitutability),
    })
  }

  const beforeTouchpoints = new Map(before.touchpoints.map((t) => [t.id, t]))
  const ownerChanges: OwnerChange[] = []
  for (const tp of [...after.touchpoints].sort(byId)) {
    const old = beforeTouchpoints.get(tp.id)
    if (!old) continue
    const added = tp.responsible.filter((id) => !old.responsible.includes(id)).sort()
    const removed = old.responsible.filter((id) => !tp.responsible.includes(id)).sort()
    if (added.length + removed.length > 0)
      ownerChanges.push({
        touchpointId: tp.id,
        title: tp.title,
        phaseId: tp.phaseId,
        added,
        removed,
      })
  }

  const touchpointsAdded = onlyIn(ids(after.touchpoints), ids(before.touchpoints))
  const touchpointsRemoved = onlyIn(ids(before.touchpoints), ids(after.touchpoints))
  return {
    actorsAdded: onlyIn(ids(after.actors), ids(before.actors)),
    actorsRemoved: onlyIn(ids(before.actors), ids(after.actors)),
    actorsMoved,
    relationsAdded: onlyIn(ids(after.relations), ids(before.relations)),
    relationsRemoved: onlyIn(ids(before.relations), ids(after.relations)),
    touchpointsAdded,
    touchpointsRemoved,
    ownerChanges,
    journeys: compareJourneys(before, after, {
      touchpointsAdded,
      touchpointsRemoved,
      ownerChanges,
    }),
  }
}

/** The counts a version's summary keeps of a {@link BoardDiff}. */
export function summariseDiff(diff: BoardDiff): VersionSummary {
  return {
    actorsAdded: diff.actorsAdded.length,
    actorsRemoved: diff.actorsRemoved.length,
    actorsMoved: diff.actorsMoved.length,
    actorsRecategorised: diff.actorsMoved.filter((m) => m.from.category !== m.to.category).length,
    relationsAdded: diff.relationsAdded.length,
    relationsRemoved: diff.relationsRemoved.length,
    touchpointsAdded: diff.touchpointsAdded.length,
    touchpointsRemoved: diff.touchpointsRemoved.length,
    ownerChanges: diff.ownerChanges.length,
  }
}

/** The summary of changes from `before` to `after` (a version's summary). */
export function versionSummary(before: BoardSnapshot, after: BoardSnapshot): VersionSummary {
  return summariseDiff(boardDiff(before, after))
}

/** Whether a diff found no difference in anything it compares. */
export function isEmptyDiff(diff: BoardDiff): boolean {
  return Object.values(summariseDiff(diff)).every((count) => count === 0)
}

function place(importance: number, substitutability: number) {
  return { importance, substitutability, category: actorCategory(importance, substitutability) }
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function compareJourneys(
  before: BoardSnapshot,
  after: BoardSnapshot,
  changes: Pick<BoardDiff, 'touchpointsAdded' | 'touchpointsRemoved' | 'ownerChanges'>,
): JourneyComparison[] {
  const journeyOfTouchpoint = new Map(
    [...before.touchpoints, ...after.touchpoints].map((t) => [t.id, t.journeyId]),
  )
  const inJourney = (journeyId: string) => (tpId: string) =>
    journeyOfTouchpoint.get(tpId) === journeyId
  const afterIds = ids(after.journeys)
  const journeys = [...after.journeys, ...before.journeys.filter((j) => !afterIds.has(j.id))]
  return journeys.map((journey) => ({
    journeyId: journey.id,
    name: journey.title,
    before: coordinationIn(before, journey.id),
    after: coordinationIn(after, journey.id),
    touchpointsAdded: changes.touchpointsAdded.filter(inJourney(journey.id)),
    touchpointsRemoved: changes.touchpointsRemoved.filter(inJourney(journey.id)),
    ownerChanges: changes.ownerChanges.filter((c) => inJourney(journey.id)(c.touchpointId)),
  }))
}

function coordinationIn(board: BoardSnapshot, journeyId: string): JourneyCoordination | null {
  if (!board.journeys.some((j) => j.id === journeyId)) return null
  const actors = ids(board.actors)
  // A snapshot from before info items existed has none: every `asksFor` member then reads as gone.
  const infoItems = ids(board.infoItems ?? [])
  return analyseJourney(
    board.phases.filter((p) => p.journeyId === journeyId),
    board.touchpoints.filter((t) => t.journeyId === journeyId),
    (id) => actors.has(id),
    (id) => infoItems.has(id),
  )
}
