import type { ActorCategory, ActorLevel, ActorStrategy } from '@samkart/model'

/** `''` means «Alle»: the criterion does not narrow anything. */
export type FilterChoice<V extends string> = V | ''

/**
 * One user's search and filter on the actor map. Local to the tab, never in the document: what
 * one workshop participant is looking for should not dim the cards on everyone else's screen.
 */
export interface ActorFilter {
  /** Free text, matched against name and short name. */
  query: string
  level: FilterChoice<ActorLevel>
  category: FilterChoice<ActorCategory>
  /** `'none'` matches actors whose strategy is not yet assessed (stored as `''`). */
  strategy: FilterChoice<Exclude<ActorStrategy, ''> | 'none'>
}

/** What the filter looks at; both the actor and a card's data have these fields. */
export interface Filterable {
  name: string
  shortName: string
  level: ActorLevel
  category: ActorCategory
  strategy: ActorStrategy
}

/** Nothing filtered. */
export const EMPTY_FILTER: ActorFilter = Object.freeze({
  query: '',
  level: '',
  category: '',
  strategy: '',
})

/** Case-insensitive; Norwegian letters are kept distinct (å is not a). */
const fold = (text: string) => text.toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim()

/** True when at least one criterion narrows the actors. */
export function isFilterActive(filter: ActorFilter): boolean {
  return (
    fold(filter.query) !== '' ||
    filter.level !== '' ||
    filter.category !== '' ||
    filter.strategy !== ''
  )
}

/**
 * Whether an actor passes the filter: every set criterion must hold (AND), and the query must
 * occur in the name or the short name (people search for «NAV» as often as for the full name).
 */
export function matchesFilter(actor: Filterable, filter: ActorFilter): boolean {
  if (filter.level && actor.level !== filter.level) return false
  if (filter.category && actor.category !== filter.category) return false
  if (filter.strategy && (actor.strategy || 'none') !== filter.strategy) return false
  const query = fold(filter.query)
  if (!query) return true
  return fold(actor.name).includes(query) || fold(actor.shortName).includes(query)
}

/** How many actors have each level, category and strategy (`'none'` = not assessed). */
export interface FilterCounts {
  level: Record<string, number>
  category: Record<string, number>
  strategy: Record<string, number>
}

/**
 * Counts per filter choice, shown in the choices («Viktig (3)»), so people see what a choice
 * will leave before they pick it. Counts the whole board, not the filtered part: the numbers do
 * not jump as criteria are combined.
 */
export function filterCounts(actors: Iterable<Filterable>): FilterCounts {
  const counts: FilterCounts = { level: {}, category: {}, strategy: {} }
  const add = (bucket: Record<string, number>, key: string) => {
    bucket[key] = (bucket[key] ?? 0) + 1
  }
  for (const actor of actors) {
    add(counts.level, actor.level)
    add(counts.category, actor.category)
    add(counts.strategy, actor.strategy || 'none')
  }
  return counts
}
