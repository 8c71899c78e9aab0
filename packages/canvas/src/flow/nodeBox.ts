import type { InternalNode, Node } from '@xyflow/react'
import type { Box } from '../relations/edgeGeometry'

/**
 * A node's box in flow coordinates: where React Flow has it, at its measured size or, until it
 * is measured, the size it was given. A culled card out of view is never measured (see
 * placement/cardHandles.ts), yet relations, desire arrows, presence outlines and comment jumps
 * need its box.
 */
export function nodeBox(node: InternalNode): Box {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  }
}

/**
 * A card's box from the node Samkart hands React Flow, before React Flow has it: its position
 * is the centre (`NODE_ORIGIN`), its size the measured or given one. For drawing what React Flow
 * is not given (the far-zoom relation layer).
 */
export function placedNodeBox(node: Node): Box {
  const width = node.measured?.width ?? node.width ?? 0
  const height = node.measured?.height ?? node.height ?? 0
  return { x: node.position.x - width / 2, y: node.position.y - height / 2, width, height }
}
