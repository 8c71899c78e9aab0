import { type ActorCategory, type MatrixCell, sortByOrder } from '@samkart/model'
import type { BoardData } from '../board/BoardData'
import { drawCard, layoutCard } from './actorCard'
import { textWidth } from './fonts'
import { CATEGORY_COLORS, COLORS } from './palette'
import type { Scene } from './Scene'
import { MARGIN, SceneBuilder } from './SceneBuilder'
import type { SceneContext } from './SceneContext'

/** The matrix's size, as on the canvas (MATRIX_WIDTH × MATRIX_HEIGHT in @samkart/canvas). */
const MATRIX_WIDTH = 1000
const MATRIX_HEIGHT = 680
/** Room left of the matrix for the importance axis. */
const AXIS_ROOM = 90
/** Half the widest card: cards are clamped by their centre, so they may overhang this much. */
const OVERHANG = 120

/** The four cells in reading order, as in the source table (Tabell 15). */
const CELLS: { cell: MatrixCell; category: ActorCategory; col: 0 | 1; row: 0 | 1 }[] = [
  { cell: 'high-high', category: 'moderat', col: 0, row: 0 },
  { cell: 'high-low', category: 'viktig', col: 1, row: 0 },
  { cell: 'low-high', category: 'lav', col: 0, row: 1 },
  { cell: 'low-low', category: 'moderat', col: 1, row: 1 },
]

/**
 * The aktørkart matrix as the canvas shows it: importance up, substitutability from high (left)
 * to low (right), four tinted cells labelled with their category and what it means, every actor
 * card at its scores, and a legend of the categories.
 */
export function matrixScene(board: BoardData, ctx: SceneContext): Scene {
  const { t } = ctx
  const b = new SceneBuilder()
  const width = MARGIN + AXIS_ROOM + MATRIX_WIDTH + OVERHANG + MARGIN
  const top = b.header(board.meta.title, ctx.dateLine, width - 2 * MARGIN)
  b.text(MARGIN, top, t('report.section.matrix'), 20, { bold: true, fill: COLORS.textSubtle })

  const x0 = MARGIN + AXIS_ROOM
  const y0 = top + 80
  const cellW = MATRIX_WIDTH / 2
  const cellH = MATRIX_HEIGHT / 2
  b.add({
    type: 'rect',
    x: x0,
    y: y0,
    width: MATRIX_WIDTH,
    height: MATRIX_HEIGHT,
    fill: COLORS.borderSubtle,
    radius: 16,
  })
  for (const c of CELLS)
    b.add({
      type: 'rect',
      x: x0 + c.col * (cellW + 1),
      y: y0 + c.row * (cellH + 1),
      width: cellW - 1,
      height: cellH - 1,
      fill: CATEGORY_COLORS[c.category].tint,
    })
  // Labels in the margin above and below the cells, beyond half a card, as on the canvas.
  for (const c of CELLS) {
    const label = t(`category.${c.category}`)
    const meaning = t(`matrix.meaning.${c.category}`)
    const labelWidth = textWidth(label, 20, true) + 10 + textWidth(meaning, 18)
    const left = c.col === 0 ? x0 : x0 + MATRIX_WIDTH - labelWidth - 22
    const baseline = c.row === 0 ? y0 - 56 : y0 + MATRIX_HEIGHT + 72
    b.categoryIcon(left + 7, baseline - 7, 7, c.category)
    b.text(left + 22, baseline, label, 20, { bold: true })
    b.text(left + 22 + textWidth(label, 20, true) + 10, baseline, meaning, 18, {
      fill: COLORS.textSubtle,
    })
  }
  const high = t('matrix.axis.high')
  const low = t('matrix.axis.low')
  const axisX = x0 - 24
  b.text(axisX, y0 + 20, high, 18, { anchor: 'end', fill: COLORS.textSubtle })
  b.text(axisX, y0 + MATRIX_HEIGHT - 4, low, 18, { anchor: 'end', fill: COLORS.textSubtle })
  b.text(axisX - 20, y0 + MATRIX_HEIGHT / 2, t('matrix.axis.importance'), 20, {
    bold: true,
    anchor: 'middle',
    vertical: true,
  })
  const axisY = y0 + MATRIX_HEIGHT + 124
  b.text(x0, axisY, high, 18, { fill: COLORS.textSubtle })
  b.text(x0 + MATRIX_WIDTH / 2, axisY, t('matrix.axis.substitutability'), 20, {
    bold: true,
    anchor: 'middle',
  })
  b.text(x0 + MATRIX_WIDTH, axisY, low, 18, { anchor: 'end', fill: COLORS.textSubtle })

  // Lower cards are drawn later, so they overlap the ones above them as on a pin board.
  const cards = sortByOrder(
    board.actors.map((a) => ({ a, id: a.id, order: (1 - a.importance).toFixed(6) + a.name })),
  ).map(({ a }) => layoutCard(a, t))
  for (const card of cards) {
    const clamp = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0)
    drawCard(
      b,
      card,
      x0 + (1 - clamp(card.actor.substitutability)) * MATRIX_WIDTH,
      y0 + (1 - clamp(card.actor.importance)) * MATRIX_HEIGHT,
    )
  }
  if (board.actors.length === 0)
    b.text(x0 + MATRIX_WIDTH / 2, y0 + MATRIX_HEIGHT / 2, t('report.empty.actors'), 20, {
      anchor: 'middle',
      fill: COLORS.textSubtle,
    })

  const legendTop = axisY + 44
  const height = categoryLegend(b, ctx, MARGIN, legendTop) + MARGIN
  return {
    view: { kind: 'matrix' },
    title: board.meta.title,
    width,
    height,
    background: COLORS.background,
    items: b.items,
  }
}

/** «Kategorier: ● Viktig ◐ Moderat ○ Lav»; returns the bottom of the legend. */
function categoryLegend(b: SceneBuilder, ctx: SceneContext, left: number, top: number): number {
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
