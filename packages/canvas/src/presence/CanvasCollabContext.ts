import { createContext, useContext, useMemo } from 'react'
import type { CanvasCollab } from './canvasPresence'

const NONE: CanvasCollab = {}

/**
 * Presence, undo grouping and the edit origin for every view below it. The app provides one
 * value per board session.
 */
export const CanvasCollabContext = createContext<CanvasCollab>(NONE)

/** The surrounding {@link CanvasCollab}; empty outside a provider. */
export function useCanvasCollab(): CanvasCollab {
  return useContext(CanvasCollabContext)
}

/**
 * The origin to write with: the app's (so its undo history tracks the edit) or, without one,
 * an origin of this view's own.
 */
export function useEditOrigin(): unknown {
  const { origin } = useCanvasCollab()
  const own = useMemo(() => Symbol('samkart-local'), [])
  return origin ?? own
}

/**
 * Which presence view the canvas below shows (`actors:matrix`, `journey:<id>`, …): cursors
 * and viewports are reported and drawn in it.
 */
export const PresenceViewContext = createContext<string | null>(null)
