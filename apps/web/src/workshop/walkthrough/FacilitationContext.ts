import type { ViewControls } from '@samkart/canvas'
import type { BoardLock, Presentation, SavedView } from '@samkart/model'
import { createContext, useContext } from 'react'
import type * as Y from 'yjs'

/** The board's facilitation state as this tab sees it (see {@link useFacilitation}). */
export interface Facilitation {
  /** The board's document. */
  doc: Y.Doc
  /** The filter, cursors and focus of this tab, which the canvas reads. */
  controls: ViewControls
  locks: readonly BoardLock[]
  /** The walkthrough's steps, in order. */
  steps: readonly SavedView[]
  presentation: Presentation | null
  /** The step shown now and its place (0-based), while a walkthrough runs and it exists. */
  current: { step: SavedView; index: number } | null
  /** Whether this tab follows the running walkthrough (each person may leave and rejoin). */
  following: boolean
  setFollowing(following: boolean): void
  /** This person's own focus mode. */
  ownFocus: boolean
  setOwnFocus(on: boolean): void
  hideCursors: boolean
  setHideCursors(hide: boolean): void
}

/** Provided by the board page around the board and the workshop rail. */
export const FacilitationContext = createContext<Facilitation | null>(null)

/** The board's {@link Facilitation}; `null` before the board is open. */
export function useFacilitationState(): Facilitation | null {
  return useContext(FacilitationContext)
}
