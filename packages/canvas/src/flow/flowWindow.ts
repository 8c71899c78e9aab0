import type { Edge, Node, Rect } from '@xyflow/react'

/** What the pane shows: React Flow's transform and the pane's size in screen pixels. */
export interface PaneView {
  x: number
  y: number
  zoom: number
  width: number
  height: number
}

/**
 * The part of the board, in flow units, whose cards React Flow is given on a big board: the
 * view, widened by a margin and rounded out to a grid, both an eighth to a quarter of the view.
 *
 * The grid makes the window move in steps: a pan or a zoom changes it only when the view
 * crosses a grid line, not on every frame, and each step hands React Flow a few cards more or
 * less. The margin lets a card about to come into view be in React Flow's hands a frame before
 * it is seen, so a pan never shows a hole where a card should be. Null while the pane has no
 * size yet.
 */
export function windowRect(view: PaneView): Rect | null {
  if (!(view.width > 0 && view.height > 0 && view.zoom > 0)) return null
  const left = -view.x / view.zoom
  const top = -view.y / view.zoom
  const width = view.width / view.zoom
  const height = view.height / view.zoom
  // A power of two, so zooming changes the grid only at whole steps.
  const grid = 2 ** Math.ceil(Math.log2(Math.max(width, height) / 8))
  const margin = grid / 2
  const x = Math.floor((left - margin) / grid) * grid
  const y = Math.floor((top - margin) / grid) * grid
  return {
    x,
    y,
    width: Math.ceil((left + width + margin) / grid) * grid - x,
    height: Math.ceil((top + height + margin) / grid) * grid - y,
  }
}

/** The node's box, its position being its centre (the canvas's node origin is [0.5, 0.5]). */
const overlaps = (node: Node, rect: Rect) => {
  const w = node.width ?? 0
  const h = node.height ?? 0
  return (
    node.position.x + w / 2 >= rect.x &&
    node.position.x - w / 2 <= rect.x + rect.width &&
    node.position.y + h / 2 >= rect.y &&
    node.position.y - h / 2 <= rect.y + rect.height
  )
}

/**
 * The nodes React Flow must hold for a big board's window (see {@link windowRect}): those
 * overlapping it; wherever they are, the selected and dragged ones (the keyboard moves them,
 * the selection bar and presence outline them) and both ends of every edge drawn (React Flow
 * draws an edge only between nodes it has); and any node of unknown size (a note before it is
 * measured), which React Flow must draw once to measure. With no window yet (`null`: the pane
 * has no size), only those.
 *
 * Everything else stays out of React Flow's store: each node there costs nine objects of its
 * own (position, size, handle bounds), which for 3,000 cards was 1.3 MiB for cards never drawn.
 */
export function nodesInWindow<N extends Node>(
  nodes: readonly N[],
  rect: Rect | null,
  edges: readonly Edge[],
): N[] {
  const ends = new Set<string>()
  for (const edge of edges) {
    ends.add(edge.source)
    ends.add(edge.target)
  }
  return nodes.filter(
    (node) =>
      node.selected ||
      node.dragging ||
      node.width === undefined ||
      ends.has(node.id) ||
      (rect !== null && overlaps(node, rect)),
  )
}
