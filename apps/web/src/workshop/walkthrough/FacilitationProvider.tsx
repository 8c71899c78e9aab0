import { type CanvasCollab, CanvasCollabContext, ViewControlsContext } from '@samkart/canvas'
import type { ReactNode } from 'react'
import { type Facilitation, FacilitationContext } from './FacilitationContext'

/**
 * The board's collaboration contexts in one: presence and undo for the canvas, and the
 * facilitation state (locks, walkthrough) with the view controls it drives.
 */
export function FacilitationProvider({
  collab,
  facilitation,
  children,
}: {
  collab: CanvasCollab
  facilitation: Facilitation | null
  children: ReactNode
}) {
  return (
    <CanvasCollabContext.Provider value={collab}>
      <FacilitationContext.Provider value={facilitation}>
        <ViewControlsContext.Provider value={facilitation?.controls ?? null}>
          {children}
        </ViewControlsContext.Provider>
      </FacilitationContext.Provider>
    </CanvasCollabContext.Provider>
  )
}
