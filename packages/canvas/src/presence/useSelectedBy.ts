import { useCallback, useSyncExternalStore } from 'react'
import { useCanvasCollab } from './CanvasCollabContext'

const noSubscribe = () => () => {}

/**
 * The names of the others who have `id` (a card, a touchpoint) selected, joined for reading
 * out («Kari, Ola»), or `''`. The outline in their colour shows it; this is how a screen
 * reader user hears it. A string, so a card re-renders only when its own list changes, not on
 * every cursor move of the people in the room.
 */
export function useSelectedBy(id: string): string {
  const { presence } = useCanvasCollab()
  const peers = presence?.peers
  const read = useCallback(
    () =>
      peers
        ?.get()
        .filter((peer) => peer.selection.includes(id))
        .map((peer) => peer.name)
        .join(', ') ?? '',
    [peers, id],
  )
  return useSyncExternalStore(peers?.subscribe ?? noSubscribe, read)
}
