import type { RelationType } from '@samkart/model'
import type { Edge, Node } from '@xyflow/react'
import { isDimmed } from '../filter/dimNodes'
import { placedNodeBox } from '../flow/nodeBox'
import { floatingEdge } from './edgeGeometry'
import type { RelationEdgeData } from './relationEdges'
import { RELATION_STYLES, type RelationStyle, relationStrokeWidth } from './relationStyle'

/** One relation's line in the far-zoom layer. */
export interface FarLine {
  id: string
  /** An SVG path: `M … Q …`. */
  d: string
}

/**
 * Dashes at far zoom are this many times their length up close. Dashing is the costly part of
 * drawing lines (the rasteriser cuts every dash apart): at zoom 0.2 a `6 5` dash is a pixel
 * long and 2,000 relations took 0.6 s of raster; three times longer dashes keep each type's
 * pattern tellable apart on screen (not colour alone) with a third of the pieces.
 */
export const FAR_DASH_SCALE = 3

/** The relations of one look (type, thickness, dimmed or not): a line each and their arrows. */
export interface FarRelationGroup extends RelationStyle {
  /** Stable across calls: `type|width|dimmed`. */
  key: string
  /** Stroke width in flow units (rounded to a half, so a board has a few dozen groups at most). */
  width: number
  /** Left out by the filter or focus mode: drawn faded, as a dimmed edge is. */
  dimmed: boolean
  /**
   * The group's lines, one path each: a path's bounds let the rasteriser skip it in every tile
   * it does not cross, where one path of a thousand dashed curves was dashed whole for each
   * tile (3.8 s of raster against 0.6 s, docs/performance.md «Big boards» §11).
   */
  lines: FarLine[]
  /** Every arrowhead of the group as one path, a closed triangle each: filled, not dashed. */
  arrows: string
}

const scaleDash = (dash: string | undefined) =>
  dash
    ?.split(' ')
    .map((n) => Number(n) * FAR_DASH_SCALE)
    .join(' ')

/**
 * The arrowhead React Flow's `arrowclosed` marker draws for a stroke of `width` (its symbol spans
 * 5 × 8 of a 20-unit box, the marker 14 stroke widths), as a triangle with its tip at `end`,
 * pointing away from `control`.
 */
function arrowhead(
  end: { x: number; y: number },
  control: { x: number; y: number },
  width: number,
) {
  const dx = end.x - control.x
  const dy = end.y - control.y
  const length = Math.hypot(dx, dy) || 1
  const ux = dx / length
  const uy = dy / length
  const back = 3.5 * width
  const side = 2.8 * width
  const bx = end.x - ux * back
  const by = end.y - uy * back
  const r = (v: number) => Math.round(v * 10) / 10
  return `M${r(end.x)},${r(end.y)}L${r(bx - uy * side)},${r(by + ux * side)}L${r(bx + uy * side)},${r(by - ux * side)}Z`
}

interface Drawn {
  source: Node
  target: Node
  line: FarLine
  arrow: string
}

/**
 * Creates the painter of the far-zoom relation layer (see `FarRelations`): on a big board zoomed
 * out to blocks, each relation is a bare SVG path in a group per look (colour, dashes and width
 * set once on the group) with one path for the group's arrowheads, instead of a React Flow edge
 * component each (with its wrapper, hooks, store subscriptions and several SVG elements). Each
 * relation's shape is kept while it and both its cards are the same objects, so a drag or a
 * remote move recomputes only the relations of the cards that moved.
 *
 * The painter returns the groups in a stable order (by key), leaving out relations whose card
 * is not among `nodes`.
 */
export function createFarRelationPainter() {
  const drawn = new WeakMap<Edge, Drawn>()
  let lookup: { nodes: readonly Node[]; byId: Map<string, Node> } | undefined
  return (edges: readonly Edge<RelationEdgeData>[], nodes: readonly Node[]): FarRelationGroup[] => {
    if (lookup?.nodes !== nodes) lookup = { nodes, byId: new Map(nodes.map((n) => [n.id, n])) }
    const byId = lookup.byId
    const groups = new Map<string, { group: FarRelationGroup; arrows: string[] }>()
    for (const edge of edges) {
      const source = byId.get(edge.source)
      const target = byId.get(edge.target)
      if (!source || !target || !edge.data) continue
      const type: RelationType = edge.data.type
      const width = Math.round(relationStrokeWidth(edge.data.strength) * 2) / 2
      let shape = drawn.get(edge)
      if (shape?.source !== source || shape.target !== target) {
        const geometry = floatingEdge(placedNodeBox(source), placedNodeBox(target))
        shape = {
          source,
          target,
          line: { id: edge.id, d: geometry.path },
          arrow: arrowhead(geometry.end, geometry.control, width),
        }
        drawn.set(edge, shape)
      }
      const dimmed = isDimmed(edge)
      const key = `${type}|${width}|${dimmed ? 1 : 0}`
      let entry = groups.get(key)
      if (!entry) {
        const style = RELATION_STYLES[type]
        entry = {
          group: {
            key,
            ...style,
            dash: scaleDash(style.dash),
            width,
            dimmed,
            lines: [],
            arrows: '',
          },
          arrows: [],
        }
        groups.set(key, entry)
      }
      entry.group.lines.push(shape.line)
      entry.arrows.push(shape.arrow)
    }
    return [...groups.keys()].sort().map((key) => {
      const { group, arrows } = groups.get(key)!
      return { ...group, arrows: arrows.join('') }
    })
  }
}
