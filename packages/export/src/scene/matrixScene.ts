import type { ActorCategory, MatrixCell } from '@samkart/model'
import {
  DEFAULT_PLACEMENT,
  matrixCellRect,
  matrixRegion,
  placeCards,
  scoresToPosition,
} from '@samkart/layout'
import type { BoardData } from '../board/BoardData'
import { textWidth } from './fonts'
import { CATEGORY_COLORS, COLORS } from './palette'
import { drawPlacedCards } from './placedCards'
import { type PlaneSpec, drawPlaneFrame } from './planeFrame'
import { drawNote, notesOn, planeNotePoint } from './stickyNotes'
import type { Scene } from './Scene'
import { MARGIN, SceneBuilder } from './SceneBuilder'
import type { SceneContext } from './SceneContext'

/** The four cells as in the source table (Tabell 15), with their categories. */
const CELLS: { cell: MatrixCell; category: ActorCategory }[] = [
  { cell: 'high-high', category: 'moderat' },
  { cell: 'high-low', category: 'viktig' },
  { cell: 'low-high', category: 'lav' },
  { cell: 'low-low', category: 'moderat' },
]
const CELL_RECTS = CELLS.map((c) => matrixCellRect(c.cell))

/**
 * The aktørkart matrix as the canvas shows it: importance up, substitutability from high (left)
 * to low (right), four tinted cells labelled with their category and what it means, the
 * relations as arrows, every actor card where `placeCards` draws it (at its scores when that
 * spot is free, else nearby in its cell, as a compact chip when the cell is crowded) with a dot
 * at the exact score and a leader line for cards drawn away from it, the matrix's sticky notes,
 * and a legend.
 */
export function matrixScene(board: BoardData, ctx: SceneContext): Scene {
  const { t } = ctx
  const b = new SceneBuilder()
  const anchors = new Map(
    board.actors.map((a) => [
      a.id,
      scoresToPosition({ importance: a.importance, substitutability: a.substitutability }),
    ]),
  )
  const placed = placeCards(
    board.actors.map((a) => ({
      id: a.id,
      anchor: anchors.get(a.id)!,
      region: matrixRegion({ importance: a.importance, substitutability: a.substitutability }),
    })),
    { ...DEFAULT_PLACEMENT, regions: CELL_RECTS },
  )
  const frame = drawPlaneFrame(b, matrixPlaneSpec(board, ctx, t('report.section.matrix')), [
    ...placed.values(),
  ])
  drawPlacedCards(
    b,
    t,
    { actors: board.actors, placed, anchors, toScene: frame.toScene },
    board.relations,
  )
  // Notes on top, as on the canvas, where they were put (kept inside the plane).
  for (const note of notesOn(board.notes, 'matrix')) {
    const p = frame.toScene(planeNotePoint(note))
    drawNote(b, note, p.x, p.y)
  }
  const height = categoryLegend(b, ctx, MARGIN, frame.bottom + 44) + MARGIN
  return {
    view: { kind: 'matrix' },
    title: board.meta.title,
    width: frame.width,
    height,
    background: COLORS.background,
    items: b.items,
  }
}

/**
 * The matrix's frame: its four cells tinted and labelled with their category and meaning, and
 * its axes; shared by the matrix and the comparison of two versions.
 */
export function matrixPlaneSpec(board: BoardData, ctx: SceneContext, section: string): PlaneSpec {
  const { t } = ctx
  const high = t('matrix.axis.high')
  const low = t('matrix.axis.low')
  return {
    title: board.meta.title,
    dateLine: ctx.dateLine,
    section,
    cells: CELLS.map((c, i) => ({
      rect: CELL_RECTS[i]!,
      tint: CATEGORY_COLORS[c.category].tint,
      label: t(`category.${c.category}`),
      meaning: t(`matrix.meaning.${c.category}`),
      icon: c.category,
    })),
    yAxis: { title: t('matrix.axis.importance'), top: high, bottom: low },
    xAxis: { title: t('matrix.axis.substitutability'), left: high, right: low },
    empty: t('report.empty.actors'),
  }
}

/** «Kategorier: ● Viktig ◐ Moderat ○ Lav»; returns the bottom of the legend. */
export function categoryLegend(
  b: SceneBuilder,
  ctx: SceneContext,
  left: number,
  top: number,
): number {
  const heading = ctx.t('report.legend.categories')
  const baseline = top + 18
  b.text(left, baseline, heading, 18, { bold: true })
  let x = left + textWidth(heading, 18, true) + 24
  for (const category of ['viktig', 'moderat', 'lav'] as const) {
    const label = `${ctx.t(`category.${category}`)}: ${ctx.t(`matrix.meaning.${category}`)}`
    b.categoryIcon(x + 7, baseline - 6, 7, category)
    b.text(x + 20, baseline, label, 16)
    x += 20 + textWidth(label, 16) + 32
  }
  return baseline + 10
}
