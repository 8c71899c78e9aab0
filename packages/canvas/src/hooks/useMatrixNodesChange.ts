import { type NodeChange, type OnNodesChange, applyNodeChanges } from '@xyflow/react'
import { type Dispatch, type SetStateAction, useCallback, useEffect, useMemo } from 'react'
import type { ActorActions } from '../actions/actorActions'
import type { ActorFlowNode } from '../matrix/actorNodes'
import { type Point, clampToMatrix, positionToScores } from '../matrix/matrixGeometry'
import { createMoveThrottle } from '../matrix/moveThrottle'

/**
 * React Flow's change handler for the matrix. Every change applies locally at once, so a drag
 * feels immediate; only moves are written to the document: throttled while dragging and always
 * once at the drop (`dragging === false`). Selection and measurements stay local. Positions are
 * clamped so a card cannot leave the matrix. Removals are ignored here: deleting goes through
 * the document (see the keyboard handler and the side panel), so it cannot be half-applied.
 */
export function useMatrixNodesChange(
  setNodes: Dispatch<SetStateAction<ActorFlowNode[]>>,
  actions: ActorActions,
): OnNodesChange<ActorFlowNode> {
  const throttle = useMemo(
    () =>
      createMoveThrottle<Point>((id, position) => {
        // A card deleted by someone else mid-drag returns `not_found`; the drag just ends.
        actions.move(id, positionToScores(position))
      }),
    [actions],
  )
  useEffect(() => () => throttle.dispose(), [throttle])

  return useCallback(
    (changes: NodeChange<ActorFlowNode>[]) => {
      const local: NodeChange<ActorFlowNode>[] = []
      const moves: { id: string; position: Point; dragging: boolean }[] = []
      for (const change of changes) {
        if (change.type === 'remove') continue
        if (change.type === 'position' && change.position) {
          const position = clampToMatrix(change.position)
          local.push({ ...change, position })
          moves.push({ id: change.id, position, dragging: change.dragging === true })
        } else {
          local.push(change)
        }
      }
      // Local first, so the document's echo finds the card already marked as dragging.
      setNodes((prev) => applyNodeChanges(local, prev))
      for (const move of moves) {
        if (move.dragging) throttle.push(move.id, move.position)
        else throttle.commit(move.id, move.position)
      }
    },
    [setNodes, throttle],
  )
}
