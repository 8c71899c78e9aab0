import { createContext, useContext, useState } from 'react'
import { type ActorFilter, EMPTY_FILTER } from '../filter/actorFilter'
import { useSubscribable } from '../presence/useSubscribable'
import { type ValueStore, createValueStore } from './valueStore'

/**
 * What focus mode keeps bright: on the aktørkart the actors in `actorIds`, or with
 * `'selection'` the actors this tab has selected (nothing dimmed while none is); in a journey
 * the phase `phaseId` (`null`: nothing dimmed there).
 */
export interface FocusTarget {
  actorIds: ReadonlySet<string> | 'selection'
  phaseId: string | null
}

/**
 * How this person looks at the board, owned by the app so a walkthrough step can set it and
 * save it: the aktørkart filter, whether others' cursors are hidden, and what focus mode keeps
 * bright. Per tab, never in the document.
 */
export interface ViewControls {
  filter: ValueStore<ActorFilter>
  hideCursors: ValueStore<boolean>
  focus: ValueStore<FocusTarget | null>
}

/** A fresh set of view controls: nothing filtered, cursors shown, no focus. */
export function createViewControls(hideCursors = false): ViewControls {
  return {
    filter: createValueStore<ActorFilter>(EMPTY_FILTER),
    hideCursors: createValueStore(hideCursors),
    focus: createValueStore<FocusTarget | null>(null),
  }
}

/** The app's {@link ViewControls}; without a provider each view keeps its own filter. */
export const ViewControlsContext = createContext<ViewControls | null>(null)

/** The aktørkart filter: the app's when it provides view controls, else this view's own. */
export function useViewFilter(): [ActorFilter, (filter: ActorFilter) => void] {
  const controls = useContext(ViewControlsContext)
  const [own, setOwn] = useState<ActorFilter>(EMPTY_FILTER)
  const shared = useSubscribable(controls?.filter, own)
  return controls ? [shared, controls.filter.set] : [own, setOwn]
}

/** Whether this person chose to hide the others' cursors. */
export function useCursorsHidden(): boolean {
  return useSubscribable(useContext(ViewControlsContext)?.hideCursors, false)
}

/** What focus mode keeps bright, or `null` when focus mode is off. */
export function useFocusTarget(): FocusTarget | null {
  return useSubscribable(useContext(ViewControlsContext)?.focus, null)
}
