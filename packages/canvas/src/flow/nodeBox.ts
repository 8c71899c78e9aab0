import type { InternalNode } from '@xyflow/react'
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
