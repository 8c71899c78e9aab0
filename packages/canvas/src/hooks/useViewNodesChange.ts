import { type Node, type NodeChange, type OnNodesChange, applyNodeChanges } from '@xyflow/react'
import { type Dispatch, type SetStateAction, useCallback, useEffect, useMemo } from 'react'
import type { Point } from '@samkart/layout'
import { createMoveThrottle } from '../matrix/moveThrottle'
import { splitNodeChanges } from '../matrix/splitNodeChanges'
import { type SelectChange, applySelectChanges } from '../selection/applySelection'
import type { SelectionStore } from '../selection/selectionStore'

/** How a view turns a card position into document writes. */
export interface ViewPlacement {
  /** Keeps a position inside what the view can express (e.g. the matrix). */
  clamp: (point: Point) => Point
  /** Writes a card's position through the model; called throttled and at the drop. */
  write: (id: string, point: Point) => void
}

/**
 * React Flow's change handler for any actor view. Every change applies locally at once, so a
 * drag feels immediate; moves are written through `placement.write`, throttled (~50 ms) while
 * dragging and always once at the drop. Selection goes to the shared selection store instead of
 * this view's node state, so it survives a switch of view. See `splitNodeChanges` for the rest.
 */
export function useViewNodesChange<N extends Node>(
  setNodes: Dispatch<SetStateAction<N[]>>,
  store: SelectionStore,
  placement: ViewPlacement,
): OnNodesChange<N> {
  const { clamp, write } = placement
  const throttle = useMemo(() => createMoveThrottle<Point>(write), [write])
  useEffect(() => () => throttle.dispose(), [throttle])

  return useCallback(
    (changes: NodeChange<N>[]) => {
      const selects = changes.filter((c): c is SelectChange & NodeChange<N> => c.type === 'select')
      if (selects.length > 0)
        store.setActors(applySelectChanges(store.get().actors, selects as SelectChange[]))
      const rest = selects.length > 0 ? changes.filter((c) => c.type !== 'select') : changes
      if (rest.length === 0) return
      const { local, moves } = splitNodeChanges(rest, clamp)
      // Local first, so the document's echo finds the card already marked as dragging.
      setNodes((prev) => applyNodeChanges(local, prev))
      for (const move of moves) {
        if (move.dragging) throttle.push(move.id, move.position)
        else throttle.commit(move.id, move.position)
      }
    },
    [setNodes, store, clamp, throttle],
  )
}
