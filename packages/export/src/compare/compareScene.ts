import { MATRIX_WIDTH, scoresToPosition } from '@samkart/layout'
import type { BoardDiff, BoardSnapshot } from '@samkart/model'
import type { BoardData } from '../board/BoardData'
import { matrixPlaneSpec } from '../scene/matrixScene'
import { textWidth } from '../scene/fonts'
import { COLORS } from '../scene/palette'
import { drawPlaneFrame } from '../scene/planeFrame'
import type { Scene, SceneItem } from '../scene/Scene'
import { MARGIN, SceneBuilder } from '../scene/SceneBuilder'
import type { SceneContext } from '../scene/SceneContext'
import { wrapText } from '../scene/wrapText'

/** Radius of an actor's point. */
const R = 9
const LABEL_SIZE = 14
const LABEL_WIDTH = 150
/** The colours of what happened to an actor (the same meaning as on the history page). */
const MARK = {
  unchanged: '#8c96a3',
  moved: '#0062ba',
  added: '#1b6e35',
  removed: '#b42318',
} as const

/**
 * The matrix after the changes, as the history page draws it: unchanged actors as grey points,
 * each moved actor at both places (hollow where it was, filled where it is) with an arrow
 * between, added actors green with a plus, removed ones red and dashed where they were; each
 * named above its point; a legend under the plane. Points, not cards, so an arrow's two ends
 * are exact scores and a crowded cell stays readable.
 */
export function compareScene(
  before: BoardSnapshot,
  after: BoardData,
  diff: BoardDiff,
  ctx: SceneContext,
  section: string,
): Scene {
  const b = new SceneBuilder()
  const spec = matrixPlaneSpec(after, ctx, section)
  // The points are drawn here, not as the frame's cards: only an empty board says so.
  const empty = after.actors.length + before.actors.length === 0
  const frame = drawPlaneFrame(b, { ...spec, empty: empty ? spec.empty : '' }, [])
  const at = (scores: { importance: number; substitutability: number }) => {
    const plane = scoresToPosition(scores)
    return { ...frame.toScene(plane), planeX: plane.x, planeY: plane.y }
  }
  const moved = new Map(diff.actorsMoved.map((m) => [m.id, m]))
  const added = new Set(diff.actorsAdded)
  const removed = new Set(diff.actorsRemoved)

  for (const actor of before.actors) {
    if (!removed.has(actor.id)) continue
    const p = at(actor)
    b.add({
      type: 'circle',
      cx: p.x,
      cy: p.y,
      r: R,
      fill: COLORS.background,
      stroke: MARK.removed,
      strokeWidth: 2,
    })
    b.add(cross(p.x, p.y, R * 0.6, MARK.removed))
    label(b, p, actor.name, MARK.removed)
  }
  for (const actor of after.actors) {
    const p = at(actor)
    const move = moved.get(actor.id)
    if (move) {
      const from = at(move.from)
      const length = Math.hypot(p.x - from.x, p.y - from.y)
      b.add({
        type: 'circle',
        cx: from.x,
        cy: from.y,
        r: R,
        fill: COLORS.background,
        stroke: MARK.moved,
        strokeWidth: 2,
      })
      if (length > 2 * R + 4) {
        const ux = (p.x - from.x) / length
        const uy = (p.y - from.y) / length
        b.add({
          type: 'line',
          x1: from.x + ux * R,
          y1: from.y + uy * R,
          x2: p.x - ux * (R + 2),
          y2: p.y - uy * (R + 2),
          stroke: MARK.moved,
          strokeWidth: 2.5,
          arrow: 12,
        })
      }
    }
    const color = move ? MARK.moved : added.has(actor.id) ? MARK.added : MARK.unchanged
    b.add({ type: 'circle', cx: p.x, cy: p.y, r: R, fill: color })
    if (added.has(actor.id)) b.add(...plus(p.x, p.y, R * 0.55, COLORS.background))
    label(b, p, actor.name, move || added.has(actor.id) ? COLORS.text : COLORS.textSubtle)
  }

  const bottom = legend(b, ctx, MARGIN, frame.bottom + 44) + MARGIN
  return {
    view: { kind: 'matrix' },
    title: after.meta.title,
    width: frame.width,
    height: bottom,
    background: COLORS.background,
    items: b.items,
  }
}

/**
 * A point's name above it (below a point at the plane's top), kept on the plane at its left
 * and right edges, at most two lines.
 */
function label(
  b: SceneBuilder,
  { x, y, planeX, planeY }: { x: number; y: number; planeX: number; planeY: number },
  name: string,
  fill: string,
): void {
  const lines = wrapText(name, { size: LABEL_SIZE, maxWidth: LABEL_WIDTH, maxLines: 2 })
  const lineHeight = LABEL_SIZE * 1.2
  const anchor =
    planeX > MATRIX_WIDTH * 0.85 ? 'end' : planeX < MATRIX_WIDTH * 0.15 ? 'start' : 'middle'
  // Below a point at the plane's top, where a name above would run into the cells' labels.
  const first = planeY < 40 ? y + R + 6 + LABEL_SIZE : y - R - 6 - (lines.length - 1) * lineHeight
  lines.forEach((line, i) => b.text(x, first + i * lineHeight, line, LABEL_SIZE, { fill, anchor }))
}

function cross(x: number, y: number, half: number, stroke: string): SceneItem {
  return {
    type: 'polygon',
    points: [
      [x - half, y - half],
      [x + half, y + half],
      [x, y],
      [x + half, y - half],
      [x - half, y + half],
      [x, y],
    ],
    stroke,
    strokeWidth: 2,
  }
}

function plus(x: number, y: number, half: number, stroke: string): SceneItem[] {
  return [
    { type: 'line', x1: x - half, y1: y, x2: x + half, y2: y, stroke, strokeWidth: 2 },
    { type: 'line', x1: x, y1: y - half, x2: x, y2: y + half, stroke, strokeWidth: 2 },
  ]
}

/** «● Uendret ●→● Flyttet ⊕ Lagt til ⊗ Fjernet»; returns the legend's bottom. */
function legend(b: SceneBuilder, ctx: SceneContext, left: number, top: number): number {
  const baseline = top + 18
  let x = left
  const entries = [
    ['unchanged', ctx.t('compare.legend.unchanged')],
    ['moved', ctx.t('compare.legend.moved')],
    ['added', ctx.t('compare.legend.added')],
    ['removed', ctx.t('compare.legend.removed')],
  ] as const
  for (const [kind, text] of entries) {
    const cy = baseline - 6
    b.add({
      type: 'circle',
      cx: x + R,
      cy,
      r: R,
      fill: kind === 'removed' ? COLORS.background : MARK[kind],
      ...(kind === 'removed' ? { stroke: MARK.removed, strokeWidth: 2 } : {}),
    })
    if (kind === 'removed') b.add(cross(x + R, cy, R * 0.6, MARK.removed))
    if (kind === 'added') b.add(...plus(x + R, cy, R * 0.55, COLORS.background))
    b.text(x + 2 * R + 8, baseline, text, 16)
    x += 2 * R + 8 + textWidth(text, 16) + 32
  }
  return baseline + 10
}
