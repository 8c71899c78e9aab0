import { useEffect, useRef } from 'react'
import type { CanvasPresence, PresenceViewport } from './canvasPresence'
import { useSubscribable } from './useSubscribable'

/** How long after a view opens it may still fit itself (React Flow's first fit, a resize). */
const SETTLE_MS = 600

/**
 * Moves the view to where this tab follows (someone's live viewport) or was summoned, when
 * that is in `view`. A summon or a walkthrough step glides there; following jumps, since it repeats with every move
 * of the person followed. A view that has just opened lands once more after settling, so its
 * own initial fit does not win.
 */
export function useFollowTarget(
  presence: CanvasPresence,
  view: string,
  goTo: (viewport: PresenceViewport, animate: boolean) => void,
): void {
  const target = useSubscribable(presence.target, null)
  const openedAt = useRef(0)
  useEffect(() => {
    openedAt.current = performance.now()
  }, [view])
  useEffect(() => {
    const viewport = target?.viewport
    if (!target || !viewport || viewport.view !== view) return
    goTo(viewport, target.kind !== 'follow')
    if (performance.now() - openedAt.current > SETTLE_MS) return
    const timer = setTimeout(() => goTo(viewport, false), SETTLE_MS / 2)
    return () => clearTimeout(timer)
  }, [target, view, goTo])
}
