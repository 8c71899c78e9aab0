import { type NodeChange, type OnNodesChange, applyNodeChanges } from '@xyflow/react'
import { type Dispatch, type SetStateAction, useCallback, useEffect, useMemo } from 'react'
import type { ActorActions } from '../actions/actorActions'
import type { ActorFlowNode } from '../matrix/actorNodes'
import { type Point, positionToScores } from '../matrix/matrixGeometry'
import { createMoveThrottle } from '../matrix/moveThrottle'
import { splitNodeChanges } from '../matrix/splitNodeChanges'

/**
 * React Flow's change handler for the matrix. Every change applies locally at once, so a drag
 * feels immediate; only moves are written to the document: throttled (~50 ms) while dragging
 * and always once at the drop (`dragging === false`). See `splitNodeChanges` for what stays
 * local.
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
      const { local, moves } = splitNodeChanges(changes)
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
