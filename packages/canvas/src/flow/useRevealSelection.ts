import { type Node, useReactFlow, useStoreApi } from '@xyflow/react'
import { useEffect } from 'react'
import type { SelectionStore } from '../selection/selectionStore'
import { isOutOfView } from './outOfView'

/**
 * On a board large enough to draw only the cards in view (`enabled`), a card chosen from
 * elsewhere (the actor list, a search, a comment) or moved by the arrow keys past the border
 * is not on the page: it cannot take focus, and a focused card that leaves the view would drop
 * focus to the page. So when exactly one card is selected and it lies out of view, the view is
 * centred on it at the same zoom, as Miro and Kumu do when an item is picked from a list.
 * Runs on a change of the selection and of `nodes` (a keyboard move), never on a pan: the user
 * may look elsewhere while a card stays selected.
 */
export function useRevealSelection(
  selection: SelectionStore,
  nodes: readonly Node[],
  enabled: boolean,
): void {
  const store = useStoreApi()
  const { setCenter } = useReactFlow()
  useEffect(() => {
    if (!enabled) return
    const reveal = () => {
      const { actors } = selection.get()
      if (actors.size !== 1) return
      const [id] = actors
      const state = store.getState()
      const node = state.nodeLookup.get(id!)
      if (!node || node.dragging) return
      const [x, y, zoom] = state.transform
      // The position is the card's centre (the canvas's node origin is [0.5, 0.5]).
      const centre = node.position
      if (isOutOfView(centre, { x, y, zoom }, state))
        void setCenter(centre.x, centre.y, { zoom, duration: 0 })
    }
    reveal()
    return selection.subscribe(reveal)
  }, [selection, store, setCenter, nodes, enabled])
}
