import type { Node } from '@xyflow/react'
import type { Box } from '../relations/edgeGeometry'

/** The cards of one colour in the minimap, as one SVG path. */
export interface MinimapLayer {
  colour: string
  /** One closed rectangle per card, in flow coordinates. */
  d: string
  cards: number
}

/** What the minimap draws: a path per colour and the box around every card. */
export interface MinimapShapes {
  layers: MinimapLayer[]
  /** Around every card, or `null` for no cards. */
  bounds: Box | null
  cards: number
}

/**
 * Groups the cards by colour into one path each. React Flow's own minimap mounts a component
 * and an SVG `rect` per card (3,000 of each on the biggest boards, about a fifth of the page's
 * heap, docs/performance.md); a path per colour draws the same picture with a handful of
 * elements. Hidden nodes and nodes without a size yet are left out, as React Flow does.
 */
export function minimapShapes(nodes: readonly Node[], colourOf: (node: Node) => string) {
  const paths = new Map<string, { d: string[]; cards: number }>()
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  let cards = 0
  for (const node of nodes) {
    if (node.hidden) continue
    const width = node.measured?.width ?? node.width ?? node.initialWidth ?? 0
    const height = node.measured?.height ?? node.height ?? node.initialHeight ?? 0
    if (width <= 0 || height <= 0) continue
    const { x, y } = node.position
    const colour = colourOf(node)
    let path = paths.get(colour)
    if (!path) paths.set(colour, (path = { d: [], cards: 0 }))
    path.d.push(`M${round(x)} ${round(y)}h${round(width)}v${round(height)}h${round(-width)}z`)
    path.cards++
    cards++
    minX = Math.min(minX, x)
    minY = Math.min(minY, y)
    maxX = Math.max(maxX, x + width)
    maxY = Math.max(maxY, y + height)
  }
  const layers = [...paths].map(([colour, path]) => ({
    colour,
    d: path.d.join(''),
    cards: path.cards,
  }))
  const bounds = cards ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : null
  return { layers, bounds, cards } satisfies MinimapShapes
}

/** Tenths of a unit: finer than a minimap pixel, and a tenth of the text to parse. */
const round = (v: number) => Math.round(v * 10) / 10
