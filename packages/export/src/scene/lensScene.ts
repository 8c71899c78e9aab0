import {
  DEFAULT_PLACEMENT,
  type LensQuadrant,
  type Point,
  lensQuadrantRect,
  lensRegion,
  lensToPosition,
  placeCards,
} from '@samkart/layout'
import { actorCategory } from '@samkart/model'
import type { BoardData } from '../board/BoardData'
import { textWidth } from './fonts'
import { categoryLegend } from './matrixScene'
import { CATEGORY_COLORS, COLORS } from './palette'
import { drawPlacedCards } from './placedCards'
import { drawPlaneFrame } from './planeFrame'
import { drawNote, notesOn, planeNotePoint } from './stickyNotes'
import type { Scene } from './Scene'
import { MARGIN, SceneBuilder } from './SceneBuilder'
import type { SceneContext } from './SceneContext'

/** The quadrants, their advice, and a tint that follows how much attention each asks for. */
const QUADRANTS: {
  quadrant: LensQuadrant
  label: `lens.quadrant.${'satisfy' | 'manage' | 'monitor' | 'inform'}`
  tint: string
}[] = [
  { quadrant: 'high-low', label: 'lens.quadrant.satisfy', tint: CATEGORY_COLORS.moderat.tint },
  { quadrant: 'high-high', label: 'lens.quadrant.manage', tint: CATEGORY_COLORS.viktig.tint },
  { quadrant: 'low-low', label: 'lens.quadrant.monitor', tint: CATEGORY_COLORS.lav.tint },
  { quadrant: 'low-high', label: 'lens.quadrant.inform', tint: CATEGORY_COLORS.moderat.tint },
]
const QUADRANT_RECTS = QUADRANTS.map((q) => lensQuadrantRect(q.quadrant))
/** Radius of the ring at an actor's desired position. */
const DESIRED_R = 6

/**
 * The interest × influence lens as the canvas shows it: interest from low (left) to high,
 * influence up, four quadrants with their advice, every card placed in its quadrant around its
 * current position like the matrix (dot and leader line when drawn away from it), and, where
 * the work wants an actor elsewhere, a dashed arrow from the current to the desired position
 * ending in a ring.
 */
export function lensScene(board: BoardData, ctx: SceneContext): Scene {
  const { t } = ctx
  const b = new SceneBuilder()
  const current = new Map(board.actors.map((a) => [a.id, lensToPosition(a)]))
  const placed = placeCards(
    board.actors.map((a) => ({ id: a.id, anchor: current.get(a.id)!, region: lensRegion(a) })),
    { ...DEFAULT_PLACEMENT, regions: QUADRANT_RECTS },
  )
  const high = t('matrix.axis.high')
  const low = t('matrix.axis.low')
  const frame = drawPlaneFrame(
    b,
    {
      title: board.meta.title,
      dateLine: ctx.dateLine,
      section: t('lens.label'),
      cells: QUADRANTS.map((q, i) => ({
        rect: QUADRANT_RECTS[i]!,
        tint: q.tint,
        label: t(q.label),
      })),
      yAxis: { title: t('lens.axis.influence'), top: high, bottom: low },
      xAxis: { title: t('lens.axis.interest'), left: low, right: high },
      empty: t('report.empty.actors'),
    },
    [...placed.values()],
  )
  // Where the work wants an actor: under the cards the arrow, over them the ring.
  const moves = board.actors.flatMap((a) => {
    const from = current.get(a.id)!
    const to = lensToPosition({ interest: a.desiredInterest, influence: a.desiredInfluence })
    return Math.hypot(to.x - from.x, to.y - from.y) > 2
      ? [{ actor: a, from: frame.toScene(from), to: frame.toScene(to) }]
      : []
  })
  for (const m of moves) desiredArrow(b, m.from, m.to)
  drawPlacedCards(
    b,
    t,
    { actors: board.actors, placed, anchors: current, toScene: frame.toScene },
    [],
  )
  for (const m of moves)
    b.add({
      type: 'circle',
      cx: m.to.x,
      cy: m.to.y,
      r: DESIRED_R,
      fill: COLORS.background,
      stroke: CATEGORY_COLORS[actorCategory(m.actor.importance, m.actor.substitutability)].base,
      strokeWidth: 2.5,
    })
  for (const note of notesOn(board.notes, 'lens')) {
    const p = frame.toScene(planeNotePoint(note))
    drawNote(b, note, p.x, p.y)
  }
  const legendBottom = categoryLegend(b, ctx, MARGIN, frame.bottom + 44)
  // What the ring means, under the category legend.
  const baseline = legendBottom + 26
  b.add({
    type: 'circle',
    cx: MARGIN + 7,
    cy: baseline - 6,
    r: DESIRED_R,
    fill: COLORS.background,
    stroke: COLORS.textSubtle,
    strokeWidth: 2.5,
  })
  const label = t('lens.desiredRole')
  b.text(MARGIN + 22, baseline, label.charAt(0).toUpperCase() + label.slice(1), 16)
  return {
    // Not a view of its own for SVG files and the export dialog (yet): the PDF prints it.
    view: { kind: 'matrix' },
    title: board.meta.title,
    width: Math.max(frame.width, Math.ceil(MARGIN * 2 + 22 + textWidth(label, 16))),
    height: baseline + 10 + MARGIN,
    background: COLORS.background,
    items: b.items,
  }
}

/** A thin dashed arrow from an actor's current position to the ring at its desired one. */
function desiredArrow(b: SceneBuilder, from: Point, to: Point) {
  const d = Math.hypot(to.x - from.x, to.y - from.y)
  const stop = (d - DESIRED_R - 2) / d
  b.add({
    type: 'line',
    x1: from.x,
    y1: from.y,
    x2: from.x + (to.x - from.x) * stop,
    y2: from.y + (to.y - from.y) * stop,
    stroke: COLORS.textSubtle,
    strokeWidth: 1.75,
    dash: [6, 4],
    arrow: 10,
  })
}
