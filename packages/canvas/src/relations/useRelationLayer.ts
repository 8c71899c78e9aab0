import type { Connection, Edge, EdgeChange, OnConnect, OnEdgesChange } from '@xyflow/react'
import { useCallback, useMemo } from 'react'
import { useActorMap } from '../ActorMapContext'
import { createSelectionApplier } from '../selection/applySelection'
import { useSelection } from '../selection/useSelection'
import type { RelationFlowEdge } from './relationEdges'
import { useRelationEdges } from './useRelationEdges'

/**
 * Everything a view needs to show and edit relations: the edges (selection derived from the
 * shared store), selecting an edge by click or keyboard, drawing one by dragging from a card's
 * handle (which opens «Ny relasjon» with both actors filled in: the relation exists once its
 * type is chosen, and cancelling leaves nothing behind, not even an undo step), and opening
 * the editor with a double-click.
 */
export function useRelationLayer() {
  const { doc, selection, openRelationDialog, announce } = useActorMap()
  const [edges] = useRelationEdges(doc)
  const { relation } = useSelection(selection)
  const applySelection = useMemo(() => createSelectionApplier<RelationFlowEdge>(), [])
  const shownEdges = useMemo(
    () => applySelection(edges, (id) => id === relation),
    [applySelection, edges, relation],
  )

  const onEdgesChange = useCallback<OnEdgesChange>(
    (changes: EdgeChange[]) => {
      // Only selection is local; removal goes through the model (Delete is handled by us).
      for (const change of changes) {
        if (change.type !== 'select') continue
        if (change.selected) selection.selectRelation(change.id)
        else if (selection.get().relation === change.id) selection.selectRelation(null)
      }
    },
    [selection],
  )

  const onConnect = useCallback<OnConnect>(
    (connection: Connection) => {
      const { source, target } = connection
      // After the click that ends this drag: opened now, the dialog would take that click as
      // a click outside it and close at once.
      setTimeout(() => openRelationDialog({ kind: 'create', source, target }), 0)
    },
    [openRelationDialog],
  )

  const onEdgeDoubleClick = useCallback(
    (_: unknown, edge: Edge) => openRelationDialog({ kind: 'edit', id: edge.id }),
    [openRelationDialog],
  )
  const onEdgeOpen = useCallback(
    (id: string) => {
      selection.selectRelation(id)
      openRelationDialog({ kind: 'edit', id })
    },
    [selection, openRelationDialog],
  )
  const onEdgeFocus = useCallback((id: string) => selection.selectRelation(id), [selection])

  return {
    edges: shownEdges,
    onEdgesChange,
    onConnect,
    onEdgeDoubleClick,
    onEdgeOpen,
    onEdgeFocus,
    announce,
  }
}
