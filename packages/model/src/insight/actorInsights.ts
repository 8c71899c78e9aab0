import { type ActorCategory, actorCategory, HIGH_THRESHOLD } from '../category'
import type { Actor } from '../entities/Actor'
import type { Relation } from '../entities/Relation'

/** How many actors fall in each category. */
export function categoryCounts(actors: readonly Actor[]): Record<ActorCategory, number> {
  const counts: Record<ActorCategory, number> = { viktig: 0, moderat: 0, lav: 0 }
  for (const a of actors) counts[actorCategory(a.importance, a.substitutability)]++
  return counts
}

/**
 * An actor who can block the work: important, hard to replace, and pursuing a strategy of going
 * alone or avoiding the collaboration (Klijn & Koppenjan; the seeds' «aktører som kan blokkere»).
 */
export function canBlock(actor: Actor): boolean {
  return (
    actor.importance >= HIGH_THRESHOLD &&
    actor.substitutability < HIGH_THRESHOLD &&
    (actor.strategy === 'unnga' || actor.strategy === 'ga-alene')
  )
}

/** Ids of actors who can block the work (see {@link canBlock}). */
export function blockingActors(actors: readonly Actor[]): string[] {
  return actors.filter(canBlock).map((a) => a.id)
}

/** Ids of actors with no relation to or from any other actor. */
export function actorsWithoutRelations(
  actors: readonly Actor[],
  relations: readonly Relation[],
): string[] {
  const linked = new Set<string>()
  for (const r of relations) {
    linked.add(r.source)
    linked.add(r.target)
  }
  return actors.filter((a) => !linked.has(a.id)).map((a) => a.id)
}
