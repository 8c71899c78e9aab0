import { useSyncExternalStore } from 'react'
import { createValueStore } from '../facilitation/valueStore'

/**
 * Requests to draw every card and relation of the aktørkart, even on a big board whose canvas
 * otherwise draws only what is near the view (`CULL_FROM_CARDS`): a picture of the whole map
 * is taken from the page, and must not miss what is out of view. One store per page, since a
 * page shows one map; requests are counted, so two at once both hold until both are released.
 */
const requests = createValueStore(0)

/**
 * Asks the canvas to draw the whole map; returns the function that releases the request. The
 * canvas marks itself `data-whole-map="drawn"` once every card and relation is on the page
 * (see {@link wholeMapDrawn}).
 */
export function requestWholeMap(): () => void {
  requests.set(requests.get() + 1)
  let released = false
  return () => {
    if (released) return
    released = true
    requests.set(requests.get() - 1)
  }
}

/** Whether someone asked for the whole map (for the canvas). */
export function useWholeMapRequested(): boolean {
  return useSyncExternalStore(requests.subscribe, () => requests.get() > 0)
}

/** Whether the canvas inside `root` has drawn the whole map it was asked for. */
export function wholeMapDrawn(root: Element): boolean {
  return root.closest('[data-whole-map]')?.getAttribute('data-whole-map') === 'drawn'
}
