import { type Node, useReactFlow, useStoreApi } from '@xyflow/react'
import { useCallback, useEffect, useRef } from 'react'
import type { SelectionStore } from '../selection/selectionStore'
import { isOutOfView } from './outOfView'

/**
 * On a board large enough to draw only the cards in view (`enabled`), a card chosen from
 * elsewhere (the actor list, a search, a comment) or moved by the arrow keys past the border
 * is not on the page: it cannot take focus, and a focused card that leaves the view would drop
 * focus to the page. So when exactly one card is selected and it lies out of view, the view is
 * centred on it at the same zoom, as Miro and Kumu do when an item is picked from a list.
 * Runs on a change of the selection and when the selected card moves, never on a pan or a
 * change to another card: the user may look elsewhere while a card stays selected.
 */
export function useRevealSelection(
  selection: SelectionStore,
  nodes: readonly Node[],
  enabled: boolean,
): void {
  const store = useStoreApi()
  const { setCenter } = useReactFlow()
  // The view's own nodes, not React Flow's: on a big board React Flow holds only the cards
  // around the view (see useFlowWindow), and a card picked from the list is usually elsewhere.
  const latest = useRef(nodes)
  useEffect(() => {
    latest.current = nodes
  }, [nodes])
  const reveal = useCallback(() => {
    const { actors } = selection.get()
    if (actors.size !== 1) return
    const [id] = actors
    const state = store.getState()
    const node = latest.current.find((n) => n.id === id)
    if (!node || node.dragging) return
    const [x, y, zoom] = state.transform
    // The position is the card's centre (the canvas's node origin is [0.5, 0.5]).
    const centre = node.position
    if (isOutOfView(centre, { x, y, zoom }, state))
      void setCenter(centre.x, centre.y, { zoom, duration: 0 })
  }, [selection, store, setCenter])
  // Subscribed once; the check on a change of `nodes` (every frame of a drag) is a lookup.
  useEffect(() => (enabled ? selection.subscribe(reveal) : undefined), [selection, reveal, enabled])
  // Only when the selected card itself moved (a keyboard move): a change to any other card must
  // not pull back a view the user panned away.
  const moved = useRef<{ id: string; x: number; y: number } | null>(null)
  useEffect(() => {
    if (!enabled) return
    const { actors } = selection.get()
    const [id] = actors
    const node = actors.size === 1 ? nodes.find((n) => n.id === id) : undefined
    const last = moved.current
    moved.current = node ? { id: node.id, ...node.position } : null
    if (node && last?.id === node.id && (last.x !== node.position.x || last.y !== node.position.y))
      reveal()
  }, [selection, reveal, nodes, enabled])
}
