import { laneName } from '@samkart/i18n'
import { type Journey, type Phase, type Touchpoint, builtInLane, sortByOrder } from '@samkart/model'
import type { BoardData } from '../board/BoardData'
import { COLORS } from './palette'
import type { Scene } from './Scene'
import { MARGIN, SceneBuilder } from './SceneBuilder'
import type { SceneContext } from './SceneContext'
import { wrapText } from './wrapText'
import { COLUMN_WIDTH, LINE, PAD, itemsCell, laneCell } from './journeyCells'

/** Width of the lane-name column. */
const LANE_WIDTH = 180
const TEXT = 14
/** Height of the feelings curve (CURVE_HEIGHT on the canvas). */
const CURVE_HEIGHT = 96

/** One column of the journey grid: a touchpoint, or the placeholder of an empty phase. */
export interface JourneyColumn {
  phase: Phase
  touchpoint: Touchpoint | null
}

/** The journey's columns left to right: phases in order, touchpoints in order within each. */
export function journeyColumns(board: BoardData, journeyId: string): JourneyColumn[] {
  const phases = sortByOrder(board.phases.filter((p) => p.journeyId === journeyId))
  const columns: JourneyColumn[] = []
  for (const phase of phases) {
    const own = sortByOrder(board.touchpoints.filter((t) => t.phaseId === phase.id))
    if (own.length === 0) columns.push({ phase, touchpoint: null })
    for (const touchpoint of own) columns.push({ phase, touchpoint })
  }
  return columns
}

/**
 * One journey as the canvas's journey table shows it: phases across the top, the journey's
 * visible lanes (in its own order) down the side, a column per touchpoint with its action,
 * title and legal basis, channel, need, pain point, feeling (as a curve), responsible agencies
 * and what happens backstage. `range` draws only some columns (the PDF splits wide journeys
 * over pages); the title then says it is continued.
 */
export function journeyScene(
  board: BoardData,
  journey: Journey,
  ctx: SceneContext,
  range?: { from: number; to: number },
): Scene {
  const { t } = ctx
  const b = new SceneBuilder()
  const all = journeyColumns(board, journey.id)
  const columns = range ? all.slice(range.from, range.to) : all
  const lanes = sortByOrder(board.lanes.filter((l) => l.journeyId === journey.id && !l.hidden))
  const width = Math.max(1000, 2 * MARGIN + LANE_WIDTH + columns.length * COLUMN_WIDTH)
  const heading = t('report.section.journey', { title: journey.title })
  const title = range && range.from > 0 ? t('report.continued', { title: heading }) : heading
  let y = b.header(title, `${board.meta.title} · ${ctx.dateLine}`, width - 2 * MARGIN)
  y += b.paragraph(MARGIN, y - 10, journey.description, {
    size: 15,
    maxWidth: Math.min(width - 2 * MARGIN, 1100),
    maxLines: 3,
    fill: COLORS.textSubtle,
  })
  if (journey.tags.length > 0) {
    b.text(MARGIN, y + 12, `${t('journeys.tags')}: ${journey.tags.join(', ')}`, 14, {
      fill: COLORS.textSubtle,
    })
    y += 22
  }
  const gridTop = y + 10
  const gridLeft = MARGIN
  const colX = (i: number) => gridLeft + LANE_WIDTH + i * COLUMN_WIDTH

  if (columns.length === 0) {
    b.text(MARGIN, gridTop + 30, t('report.empty.journey'), 18, { fill: COLORS.textSubtle })
    const bottom = journeyLegend(b, ctx, gridTop + 70)
    return finish(b, journey, board, width, bottom)
  }

  // Phase header: one band per phase across its columns.
  const bands: { phase: Phase; from: number; to: number }[] = []
  columns.forEach((c, i) => {
    const last = bands[bands.length - 1]
    if (last && last.phase.id === c.phase.id) last.to = i + 1
    else bands.push({ phase: c.phase, from: i, to: i + 1 })
  })
  const bandLines = bands.map((band) =>
    wrapText(band.phase.title, {
      size: 16,
      bold: true,
      maxWidth: (band.to - band.from) * COLUMN_WIDTH - 2 * PAD,
      maxLines: 2,
    }),
  )
  const headerHeight = 2 * PAD + Math.max(1, ...bandLines.map((l) => l.length)) * 16 * 1.3
  b.add({
    type: 'rect',
    x: gridLeft,
    y: gridTop,
    width: LANE_WIDTH + columns.length * COLUMN_WIDTH,
    height: headerHeight,
    fill: COLORS.surface,
  })
  b.text(gridLeft + PAD, gridTop + PAD + 16, t('coordination.phase'), 16, { bold: true })
  bands.forEach((band, i) =>
    bandLines[i]!.forEach((line, n) =>
      b.text(colX(band.from) + PAD, gridTop + PAD + 16 + n * 16 * 1.3, line, 16, { bold: true }),
    ),
  )

  const actorName = new Map(board.actors.map((a) => [a.id, a.shortName || a.name]))
  let rowTop = gridTop + headerHeight
  const rowLines: number[] = [gridTop, rowTop]
  for (const lane of lanes) {
    const name = laneName(lane, t)
    if (lane.kind === 'divider') {
      // A labelled line across the journey (a service blueprint's line of visibility); no cells.
      const height = LINE + 2 * PAD
      b.text(gridLeft + PAD, rowTop + PAD + TEXT, name, TEXT, { bold: true })
      b.add({
        type: 'line',
        x1: colX(0),
        y1: rowTop + height / 2,
        x2: colX(columns.length),
        y2: rowTop + height / 2,
        stroke: COLORS.text,
        strokeWidth: 2,
        dash: [8, 6],
      })
      rowTop += height
      rowLines.push(rowTop)
      continue
    }
    const laneLabel = wrapText(name, {
      size: TEXT,
      bold: true,
      maxWidth: LANE_WIDTH - 2 * PAD,
      maxLines: 3,
    })
    const builtIn = builtInLane(lane)
    const cells = columns.map((c, i) => {
      if (lane.kind === 'text' || lane.kind === 'items') {
        // One cell per phase, over all of its columns, in the phase's first column.
        const band = bands.find((x) => x.from === i)
        if (!band) return null
        const items = sortByOrder(
          board.laneItems.filter((it) => it.laneId === lane.id && it.phaseId === band.phase.id),
        )
        return itemsCell(items, t, (band.to - band.from) * COLUMN_WIDTH)
      }
      return c.touchpoint && builtIn ? laneCell(builtIn, c.touchpoint, ctx, actorName) : null
    })
    if (lane.kind === 'emotion') {
      drawEmotionCurve(b, columns, colX(0), rowTop)
    }
    const contentHeight = Math.max(
      laneLabel.length * LINE,
      lane.kind === 'emotion' ? CURVE_HEIGHT - 2 * PAD : 0,
      ...cells.map((c) => c?.height ?? 0),
    )
    const rowHeight = Math.ceil(contentHeight + 2 * PAD)
    laneLabel.forEach((line, n) =>
      b.text(gridLeft + PAD, rowTop + PAD + TEXT + n * LINE, line, TEXT, { bold: true }),
    )
    cells.forEach((cell, i) => cell?.draw(b, colX(i) + PAD, rowTop + PAD, rowHeight - 2 * PAD))
    rowTop += rowHeight
    rowLines.push(rowTop)
  }

  // Grid lines last, so they are not hidden under cell backgrounds.
  const right = colX(columns.length)
  for (const ly of rowLines)
    b.add({
      type: 'line',
      x1: gridLeft,
      y1: ly,
      x2: right,
      y2: ly,
      stroke: COLORS.borderSubtle,
      strokeWidth: 1,
    })
  b.add({
    type: 'line',
    x1: gridLeft,
    y1: gridTop,
    x2: gridLeft,
    y2: rowTop,
    stroke: COLORS.border,
    strokeWidth: 1,
  })
  columns.forEach((c, i) => {
    const phaseEdge = i === 0 || columns[i - 1]!.phase.id !== c.phase.id
    b.add({
      type: 'line',
      x1: colX(i),
      y1: phaseEdge ? gridTop : gridTop + headerHeight,
      x2: colX(i),
      y2: rowTop,
      stroke: phaseEdge ? COLORS.border : COLORS.borderSubtle,
      strokeWidth: phaseEdge ? 1.5 : 1,
    })
  })
  b.add({
    type: 'line',
    x1: right,
    y1: gridTop,
    x2: right,
    y2: rowTop,
    stroke: COLORS.border,
    strokeWidth: 1,
  })

  const bottom = journeyLegend(b, ctx, rowTop + 30)
  return finish(b, journey, board, width, bottom)
}

function finish(
  b: SceneBuilder,
  journey: Journey,
  board: BoardData,
  width: number,
  bottom: number,
): Scene {
  return {
    view: { kind: 'journey', journeyId: journey.id },
    title: board.meta.title,
    width,
    height: Math.ceil(bottom + MARGIN),
    background: COLORS.background,
    items: b.items,
  }
}

/** The feelings lane: a curve through each touchpoint's emotion, −2 at the bottom, +2 at top. */
function drawEmotionCurve(
  b: SceneBuilder,
  columns: readonly JourneyColumn[],
  left: number,
  top: number,
): void {
  const pad = 14
  const yOf = (emotion: number) =>
    top + pad + ((2 - Math.max(-2, Math.min(2, emotion))) / 4) * (CURVE_HEIGHT - 2 * pad)
  b.add({
    type: 'line',
    x1: left,
    y1: yOf(0),
    x2: left + columns.length * COLUMN_WIDTH,
    y2: yOf(0),
    stroke: COLORS.borderSubtle,
    strokeWidth: 1,
    dash: [4, 4],
  })
  const points: [number, number][] = []
  columns.forEach((c, i) => {
    if (c.touchpoint) points.push([left + (i + 0.5) * COLUMN_WIDTH, yOf(c.touchpoint.emotion)])
  })
  if (points.length > 1) b.add({ type: 'polyline', points, stroke: COLORS.text, strokeWidth: 2 })
  columns.forEach((c, i) => {
    if (!c.touchpoint) return
    const x = left + (i + 0.5) * COLUMN_WIDTH
    const y = yOf(c.touchpoint.emotion)
    const negative = c.touchpoint.emotion < 0
    b.add({
      type: 'circle',
      cx: x,
      cy: y,
      r: 6,
      fill: negative ? COLORS.danger : COLORS.text,
      stroke: COLORS.background,
      strokeWidth: 1.5,
    })
    const value =
      c.touchpoint.emotion > 0 ? `+${c.touchpoint.emotion}` : String(c.touchpoint.emotion)
    b.text(x + 10, y + 5, value, 12, { fill: COLORS.textSubtle })
  })
}

/** What the feelings curve and the red frames mean. */
function journeyLegend(b: SceneBuilder, ctx: SceneContext, top: number): number {
  b.add({
    type: 'rect',
    x: MARGIN,
    y: top,
    width: 28,
    height: 18,
    fill: COLORS.dangerTint,
    stroke: COLORS.danger,
    strokeWidth: 2,
    radius: 4,
  })
  b.text(MARGIN + 38, top + 14, ctx.t('report.legend.pain'), 15)
  const y2 = top + 34
  b.add({
    type: 'polyline',
    points: [
      [MARGIN, y2 + 14],
      [MARGIN + 14, y2 + 4],
      [MARGIN + 28, y2 + 12],
    ],
    stroke: COLORS.text,
    strokeWidth: 2,
  })
  b.text(MARGIN + 38, y2 + 14, ctx.t('report.legend.emotion'), 15)
  return y2 + 20
}
