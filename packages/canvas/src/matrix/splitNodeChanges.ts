import type { Node, NodeChange } from '@xyflow/react'
import { type Point, clampToMatrix } from '@samkart/layout'

/** A card move to write to the document. */
export interface MatrixMove {
  id: string
  position: Point
  /** True while the pointer is still down: write throttled. False at drop or keyboard: now. */
  dragging: boolean
}

/**
 * Sorts React Flow's changes into what applies locally and what is written to the document.
 * Positions are clamped (to the matrix unless the view passes its own `clamp`) in both; removals are dropped (deleting goes through the
 * document, so it cannot be half-applied); selection and measurements stay local only.
 */
export function splitNodeChanges<N extends Node>(
  changes: readonly NodeChange<N>[],
  clamp: (point: Point) => Point = clampToMatrix,
): {
  local: NodeChange<N>[]
  moves: MatrixMove[]
} {
  const local: NodeChange<N>[] = []
  const moves: MatrixMove[] = []
  for (const change of changes) {
    if (change.type === 'remove') continue
    if (change.type === 'position' && change.position) {
      const position = clamp(change.position)
      local.push({ ...change, position })
      moves.push({ id: change.id, position, dragging: change.dragging === true })
    } else {
      local.push(change)
    }
  }
  return { local, moves }
}
