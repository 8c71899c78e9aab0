import { createContext, useContext } from 'react'
import { type ActorFilter, EMPTY_FILTER } from './actorFilter'

/**
 * This user's search and filter, for every view of the map. A context of its own, apart from
 * `ActorMapContext`, so typing in the search box re-renders only what shows the filter.
 */
export const ActorFilterContext = createContext<ActorFilter>(EMPTY_FILTER)

/** The current filter (nothing filtered outside a provider). */
export function useActorFilter(): ActorFilter {
  return useContext(ActorFilterContext)
}
