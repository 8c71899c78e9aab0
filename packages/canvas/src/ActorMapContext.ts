import { createContext, type RefObject, useContext } from 'react'
import type * as Y from 'yjs'
import type { ActorActions } from './actions/actorActions'
import type { PlacementActions } from './actions/placementActions'
import type { RelationActions } from './actions/relationActions'
import type { RelationDialogMode } from './relations/RelationDialog'
import type { NoteRequests } from './notes/noteRequests'
import type { SelectionStore } from './selection/selectionStore'

/**
 * What every view of the actor map shares: the document and the edits on it, the selection,
 * and the map-wide dialogs and announcements. One value per mounted map, so the three views
 * (each its own React Flow instance) need no long prop chains.
 */
export interface ActorMapContextValue {
  doc: Y.Doc
  actions: ActorActions
  relationActions: RelationActions
  placement: PlacementActions
  selection: SelectionStore
  announce: (text: string) => void
  onRename: (id: string) => void
  openRelationDialog: (mode: RelationDialogMode) => void
  deleteRelation: (id: string) => void
  /** The focusable wrapper of whichever view is showing; focus returns here after deletes. */
  canvasRef: RefObject<HTMLDivElement | null>
  /**
   * Mark the exact point of every card drawn away from it, not only of the selected ones (a
   * per-device choice in the view options).
   */
  exactPoints: boolean
  /** «Nytt notat» from the toolbar or the N key, for the showing view to place. */
  noteRequests?: NoteRequests
}

export const ActorMapContext = createContext<ActorMapContextValue | null>(null)

/** The surrounding actor map's shared state; only valid inside `ActorMapView`. */
export function useActorMap(): ActorMapContextValue {
  const value = useContext(ActorMapContext)
  if (!value) throw new Error('useActorMap must be used inside <ActorMapView>')
  return value
}
