import type { ActorCategory } from '@samkart/model'
import {
  type CentredBox,
  MATRIX_HEIGHT,
  MATRIX_WIDTH,
  type PlacedCard,
  type Point,
  type Rect,
} from '@samkart/layout'
import { textWidth } from './fonts'
import { COLORS } from './palette'
import { MARGIN, type SceneBuilder } from './SceneBuilder'

/** Room left of the plane for the vertical axis. */
const AXIS_ROOM = 90
/** Key of the labels around the plane (categories, quadrants), so tests can find them. */
export const CATEGORY_LABEL_KEY = 'category-label'

/** One of the plane's four regions: where it is, its tint and its label. */
export interface PlaneCell {
  rect: Rect
  tint: string
  label: string
  meaning?: string
  /** A category mark before the label (the matrix). */
  icon?: ActorCategory
}

/** What a two-axis view (the matrix, the lens) shows around its cards. */
export interface PlaneSpec {
  title: string
  dateLine: string
  section: string
  cells: readonly PlaneCell[]
  /** The vertical axis: its name and the words at its top and bottom. */
  yAxis: { title: string; top: string; bottom: string }
  /** The horizontal axis: its name and the words at its left and right ends. */
  xAxis: { title: string; left: string; right: string }
  /** Shown in the middle of the plane when there are no cards. */
  empty: string
}

/** Where the plane ended up in the scene, and where the content under it may start. */
export interface PlaneFrame {
  width: number
  /** Scene position of a point of the plane (flow units, the plane's top left at 0, 0). */
  toScene<T extends Point>(p: T): T
  bottom: number
}

/**
 * The frame of the matrix and the lens, laid out around placed cards: header and view name,
 * then a clear line, the upper cells' labels, the plane of four tinted cells (grown by the room
 * cards that left a full cell need), the lower labels and the two axes. Labels sit outside the
 * plane, so no card ever covers one.
 */
export function drawPlaneFrame(
  b: SceneBuilder,
  spec: PlaneSpec,
  cards: readonly PlacedCard[],
): PlaneFrame {
  const over = {
    left: Math.max(0, ...cards.map((c) => -(c.x - c.width / 2))),
    top: Math.max(0, ...cards.map((c) => -(c.y - c.height / 2))),
    right: Math.max(0, ...cards.map((c) => c.x + c.width / 2 - MATRIX_WIDTH)),
    bottom: Math.max(0, ...cards.map((c) => c.y + c.height / 2 - MATRIX_HEIGHT)),
  }
  const x0 = MARGIN + AXIS_ROOM + over.left
  const width = Math.ceil(x0 + MATRIX_WIDTH + over.right + MARGIN)
  const top = b.header(spec.title, spec.dateLine, width - 2 * MARGIN)
  b.sectionTitle(MARGIN, top, spec.section)
  // The upper labels sit a full line below the view's name, the cells below them.
  const topLabels = top + 48
  const y0 = topLabels + 24 + over.top
  const toScene = <T extends Point>(p: T): T => ({ ...p, x: x0 + p.x, y: y0 + p.y })
  b.add({
    type: 'rect',
    x: x0,
    y: y0,
    width: MATRIX_WIDTH,
    height: MATRIX_HEIGHT,
    fill: COLORS.borderSubtle,
    radius: 16,
  })
  // A 1-unit line of the frame's colour shows between neighbouring cells.
  for (const cell of spec.cells) {
    const r = cell.rect
    b.add({
      type: 'rect',
      x: x0 + r.x + (r.x > 0 ? 1 : 0),
      y: y0 + r.y + (r.y > 0 ? 1 : 0),
      width: r.width - 1,
      height: r.height - 1,
      fill: cell.tint,
    })
  }
  const bottomLabels = y0 + MATRIX_HEIGHT + over.bottom + 40
  for (const cell of spec.cells) {
    const iconRoom = cell.icon ? 22 : 0
    const meaning = cell.meaning ?? ''
    const labelWidth =
      iconRoom + textWidth(cell.label, 20, true) + (meaning ? 10 + textWidth(meaning, 18) : 0)
    const left = cell.rect.x === 0 ? x0 : x0 + MATRIX_WIDTH - labelWidth
    const baseline = cell.rect.y === 0 ? topLabels : bottomLabels
    if (cell.icon) b.categoryIcon(left + 7, baseline - 7, 7, cell.icon)
    b.text(left + iconRoom, baseline, cell.label, 20, { bold: true, key: CATEGORY_LABEL_KEY })
    b.text(left + iconRoom + textWidth(cell.label, 20, true) + 10, baseline, meaning, 18, {
      fill: COLORS.textSubtle,
      key: CATEGORY_LABEL_KEY,
    })
  }
  if (cards.length === 0)
    b.text(x0 + MATRIX_WIDTH / 2, y0 + MATRIX_HEIGHT / 2, spec.empty, 20, {
      anchor: 'middle',
      fill: COLORS.textSubtle,
    })
  const axisX = x0 - over.left - 24
  const subtle = { fill: COLORS.textSubtle }
  b.text(axisX, y0 + 20, spec.yAxis.top, 18, { anchor: 'end', ...subtle })
  b.text(axisX, y0 + MATRIX_HEIGHT - 4, spec.yAxis.bottom, 18, { anchor: 'end', ...subtle })
  b.text(axisX - 20, y0 + MATRIX_HEIGHT / 2, spec.yAxis.title, 20, {
    bold: true,
    anchor: 'middle',
    vertical: true,
  })
  const axisY = bottomLabels + 48
  b.text(x0, axisY, spec.xAxis.left, 18, subtle)
  b.text(x0 + MATRIX_WIDTH / 2, axisY, spec.xAxis.title, 20, { bold: true, anchor: 'middle' })
  b.text(x0 + MATRIX_WIDTH, axisY, spec.xAxis.right, 18, { anchor: 'end', ...subtle })
  return { width, toScene, bottom: axisY }
}

/** Whether a point lies on a card (its border included). */
export const covers = (box: CentredBox, p: Point) =>
  Math.abs(p.x - box.x) <= box.width / 2 && Math.abs(p.y - box.y) <= box.height / 2
