import { type Actor, type ActorCategory, type MatrixCell, actorCategory } from '@samkart/model'
import {
  type CentredBox,
  DEFAULT_PLACEMENT,
  MATRIX_HEIGHT,
  MATRIX_WIDTH,
  matrixCellRect,
  matrixRegion,
  placeCards,
  scoresToPosition,
} from '@samkart/layout'
import type { BoardData } from '../board/BoardData'
import { drawCard, drawLeaderLine, drawTruePoint, layoutCard } from './actorCard'
import { textWidth } from './fonts'
import { CATEGORY_COLORS, COLORS } from './palette'
import { drawRelations } from './relationLines'
import type { Scene } from './Scene'
import { MARGIN, SceneBuilder } from './SceneBuilder'
import type { SceneContext } from './SceneContext'

/** Room left of the matrix for the importance axis. */
const AXIS_ROOM = 90
/** Key of the category labels around the matrix, so tests can find them. */
export const CATEGORY_LABEL_KEY = 'category-label'

/** The four cells in reading order, as in the source table (Tabell 15). */
const CELLS: { cell: MatrixCell; category: ActorCategory; col: 0 | 1; row: 0 | 1 }[] = [
  { cell: 'high-high', category: 'moderat', col: 0, row: 0 },
  { cell: 'high-low', category: 'viktig', col: 1, row: 0 },
  { cell: 'low-high', category: 'lav', col: 0, row: 1 },
  { cell: 'low-low', category: 'moderat', col: 1, row: 1 },
]
const CELL_RECTS = CELLS.map((c) => matrixCellRect(c.cell))

/**
 * The aktørkart matrix as the canvas shows it: importance up, substitutability from high (left)
 * to low (right), four tinted cells labelled with their category and what it means, the
 * relations as arrows, every actor card where `placeCards` draws it (at its scores when that
 * spot is free, else nearby in its cell, as a compact chip when the cell is crowded) with a dot
 * at the exact score and a leader line for cards drawn away from it, and a legend.
 */
export function matrixScene(board: BoardData, ctx: SceneContext): Scene {
  const { t } = ctx
  const b = new SceneBuilder()
  const anchors = new Map(
    board.actors.map((a) => {
      const scores = { importance: a.importance, substitutability: a.substitutability }
      return [a.id, { anchor: scoresToPosition(scores), region: matrixRegion(scores) }]
    }),
  )
  const placed = placeCards(
    board.actors.map((a) => ({ id: a.id, ...anchors.get(a.id)! })),
    { ...DEFAULT_PLACEMENT, regions: CELL_RECTS },
  )
  // Cards that had to leave a full cell lie around the plane: make room for them.
  const cards = [...placed.values()]
  const over = {
    left: Math.max(0, ...cards.map((c) => -(c.x - c.width / 2))),
    top: Math.max(0, ...cards.map((c) => -(c.y - c.height / 2))),
    right: Math.max(0, ...cards.map((c) => c.x + c.width / 2 - MATRIX_WIDTH)),
    bottom: Math.max(0, ...cards.map((c) => c.y + c.height / 2 - MATRIX_HEIGHT)),
  }
  const x0 = MARGIN + AXIS_ROOM + over.left
  const width = Math.ceil(x0 + MATRIX_WIDTH + over.right + MARGIN)
  const top = b.header(board.meta.title, ctx.dateLine, width - 2 * MARGIN)
  b.sectionTitle(MARGIN, top, t('report.section.matrix'))
  // The category labels sit a full line below the view's name, the cells below them.
  const topLabels = top + 48
  const y0 = topLabels + 24 + over.top
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
  const bottomLabels = y0 + MATRIX_HEIGHT + over.bottom + 40
  for (const c of CELLS) {
    const label = t(`category.${c.category}`)
    const meaning = t(`matrix.meaning.${c.category}`)
    const labelWidth = textWidth(label, 20, true) + 10 + textWidth(meaning, 18)
    const left = c.col === 0 ? x0 : x0 + MATRIX_WIDTH - labelWidth - 22
    const baseline = c.row === 0 ? topLabels : bottomLabels
    b.categoryIcon(left + 7, baseline - 7, 7, c.category)
    b.text(left + 22, baseline, label, 20, { bold: true, key: CATEGORY_LABEL_KEY })
    b.text(left + 22 + textWidth(label, 20, true) + 10, baseline, meaning, 18, {
      fill: COLORS.textSubtle,
      key: CATEGORY_LABEL_KEY,
    })
  }
  const high = t('matrix.axis.high')
  const low = t('matrix.axis.low')
  const axisX = x0 - over.left - 24
  b.text(axisX, y0 + 20, high, 18, { anchor: 'end', fill: COLORS.textSubtle })
  b.text(axisX, y0 + MATRIX_HEIGHT - 4, low, 18, { anchor: 'end', fill: COLORS.textSubtle })
  b.text(axisX - 20, y0 + MATRIX_HEIGHT / 2, t('matrix.axis.importance'), 20, {
    bold: true,
    anchor: 'middle',
    vertical: true,
  })
  const axisY = bottomLabels + 48
  b.text(x0, axisY, high, 18, { fill: COLORS.textSubtle })
  b.text(x0 + MATRIX_WIDTH / 2, axisY, t('matrix.axis.substitutability'), 20, {
    bold: true,
    anchor: 'middle',
  })
  b.text(x0 + MATRIX_WIDTH, axisY, low, 18, { anchor: 'end', fill: COLORS.textSubtle })

  // Under the cards: relations, then leader lines; over them: the dots at exact scores. A card
  // that still covers its own point (moved a little, off the cell's edge) needs neither.
  const shift = <T extends { x: number; y: number }>(p: T): T => ({
    ...p,
    x: x0 + p.x,
    y: y0 + p.y,
  })
  const boxes = new Map<string, CentredBox>(cards.map((c) => [c.id, shift(c)]))
  const away = board.actors.flatMap((actor) => {
    const card = placed.get(actor.id)!
    const point = shift(anchors.get(actor.id)!.anchor)
    return card.displaced && !covers(boxes.get(actor.id)!, point) ? [{ actor, point }] : []
  })
  drawRelations(b, board.relations, boxes, { labels: false })
  for (const { actor, point } of away) drawLeaderLine(b, boxes.get(actor.id)!, point)
  const under = away.filter(({ point }) => [...boxes.values()].some((box) => covers(box, point)))
  for (const { actor, point } of under) drawTruePoint(b, point, categoryOf(actor))
  for (const actor of board.actors) {
    const box = boxes.get(actor.id)!
    drawCard(b, layoutCard(actor, t, placed.get(actor.id)!.compact), box.x, box.y)
  }
  for (const { actor, point } of away)
    if (!under.some((u) => u.actor === actor)) drawTruePoint(b, point, categoryOf(actor))
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

const categoryOf = (a: Actor) => actorCategory(a.importance, a.substitutability)

/** Whether a point lies on a card (its border included). */
const covers = (box: CentredBox, p: { x: number; y: number }) =>
  Math.abs(p.x - box.x) <= box.width / 2 && Math.abs(p.y - box.y) <= box.height / 2

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
