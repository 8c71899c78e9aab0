import { useMemo } from 'react'
import type { PresencePeer } from './canvasPresence'
import { useCanvasCollab } from './CanvasCollabContext'
import { useSubscribable } from './useSubscribable'

const NO_PEERS: readonly PresencePeer[] = []

/**
 * The cards other participants are dragging right now (their presence's `dragging`). The same
 * set object until the ids change, so a cursor moving elsewhere does not re-place the cards.
 */
export function usePeersDragging(): ReadonlySet<string> {
  const peers = useSubscribable(useCanvasCollab().presence?.peers, NO_PEERS)
  const key = peers
    .flatMap((p) => p.dragging ?? [])
    .sort()
    .join('\n')
  return useMemo(() => new Set(key ? key.split('\n') : []), [key])
}
