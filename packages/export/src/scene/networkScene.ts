import { type Actor, RELATION_TYPES } from '@samkart/model'
import type { BoardData } from '../board/BoardData'
import { type CardLayout, drawCard, layoutCard } from './actorCard'
import { textWidth } from './fonts'
import { COLORS, RELATION_LOOKS, relationStrokeWidth } from './palette'
import type { Scene } from './Scene'
import { MARGIN, SceneBuilder } from './SceneBuilder'
import type { SceneContext } from './SceneContext'
import { truncateText } from './wrapText'

/** Distance between neighbouring cards in the initial layout (NETWORK_SPACING on the canvas). */
const NETWORK_SPACING = 260
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5))
const LABEL_SIZE = 13

/**
 * Where the canvas puts an actor in the network view: its saved position, or its place on the
 * sunflower spiral by sorted id while nobody has moved it (`networkPosition` in
 * @samkart/canvas, repeated here because export may not import the React canvas).
 */
export function networkPoint(actor: Actor, index: number): { x: number; y: number } {
  if (actor.networkX !== 0 || actor.networkY !== 0) return { x: actor.networkX, y: actor.networkY }
  const radius = NETWORK_SPACING * 0.62 * Math.sqrt(index + 0.5)
  const angle = index * GOLDEN_ANGLE
  return {
    x: Math.round(radius * Math.cos(angle) * 1.35),
    y: Math.round(radius * Math.sin(angle) * 0.75),
  }
}

interface Placed {
  card: CardLayout
  x: number
  y: number
}

/**
 * The network view: every actor card where the canvas shows it, the relations as arrows in their
 * type's colour and dash, thicker for stronger ones, labelled when they have a description, and
 * a legend of the relation types.
 */
export function networkScene(board: BoardData, ctx: SceneContext): Scene {
  const { t } = ctx
  const b = new SceneBuilder()
  const sortedIds = board.actors.map((a) => a.id).sort()
  const indexOf = new Map(sortedIds.map((id, i) => [id, i]))
  const raw = board.actors.map((a) => ({
    card: layoutCard(a, t),
    ...networkPoint(a, indexOf.get(a.id)!),
  }))
  const minX = Math.min(0, ...raw.map((p) => p.x - p.card.width / 2))
  const minY = Math.min(0, ...raw.map((p) => p.y - p.card.height / 2))
  const maxX = Math.max(600, ...raw.map((p) => p.x + p.card.width / 2))
  const maxY = Math.max(200, ...raw.map((p) => p.y + p.card.height / 2))
  const legendWidth = legendRowWidth(ctx)
  const width = Math.ceil(Math.max(maxX - minX, legendWidth, 900) + 2 * MARGIN)
  const top = b.header(board.meta.title, ctx.dateLine, width - 2 * MARGIN)
  b.text(MARGIN, top, t('report.section.network'), 20, { bold: true, fill: COLORS.textSubtle })
  const y0 = top + 40
  const placed = new Map<string, Placed>(
    raw.map((p) => [p.card.actor.id, { card: p.card, x: p.x - minX + MARGIN, y: p.y - minY + y0 }]),
  )

  for (const r of board.relations) {
    const from = placed.get(r.source)
    const to = placed.get(r.target)
    if (!from || !to) continue
    const look = RELATION_LOOKS[r.type]
    const strokeWidth = relationStrokeWidth(r.strength)
    const start = borderPoint(from, to.x, to.y, 2)
    const end = borderPoint(to, from.x, from.y, 3)
    b.add({
      type: 'line',
      x1: start.x,
      y1: start.y,
      x2: end.x,
      y2: end.y,
      stroke: look.color,
      strokeWidth,
      dash: look.dash,
      linecap: look.linecap,
      arrow: 10 + strokeWidth * 1.5,
      key: `relation:${r.id}`,
    })
  }
  // Labels after every line, so no line crosses a label's backing.
  for (const r of board.relations) {
    const from = placed.get(r.source)
    const to = placed.get(r.target)
    if (!from || !to || r.label.trim() === '') continue
    const label = truncateText(r.label, { size: LABEL_SIZE, maxWidth: 180 })
    const w = textWidth(label, LABEL_SIZE) + 10
    const mx = (from.x + to.x) / 2
    const my = (from.y + to.y) / 2
    b.add({
      type: 'rect',
      x: mx - w / 2,
      y: my - LABEL_SIZE,
      width: w,
      height: LABEL_SIZE * 1.6,
      fill: COLORS.background,
      stroke: RELATION_LOOKS[r.type].color,
      strokeWidth: 0.75,
      radius: 4,
    })
    b.text(mx, my + LABEL_SIZE * 0.3, label, LABEL_SIZE, { anchor: 'middle' })
  }
  for (const p of placed.values()) drawCard(b, p.card, p.x, p.y)
  if (board.actors.length === 0)
    b.text(MARGIN, y0 + 40, t('report.empty.actors'), 20, { fill: COLORS.textSubtle })

  const legendTop = y0 + (maxY - minY) + 40
  const bottom = relationLegend(b, ctx, MARGIN, legendTop)
  return {
    view: { kind: 'network' },
    title: board.meta.title,
    width,
    height: bottom + MARGIN,
    background: COLORS.background,
    items: b.items,
  }
}

/**
 * The point where the line from a card's centre towards (tx, ty) leaves the card, pushed `gap`
 * further out, so arrowheads stop at the card's edge instead of under it.
 */
function borderPoint(p: Placed, tx: number, ty: number, gap: number): { x: number; y: number } {
  const dx = tx - p.x
  const dy = ty - p.y
  if (dx === 0 && dy === 0) return { x: p.x, y: p.y }
  const hw = p.card.width / 2 + gap
  const hh = p.card.height / 2 + gap
  const scale = Math.min(
    dx === 0 ? Infinity : hw / Math.abs(dx),
    dy === 0 ? Infinity : hh / Math.abs(dy),
  )
  return { x: p.x + dx * Math.min(1, scale), y: p.y + dy * Math.min(1, scale) }
}

const SAMPLE = 44

function legendRowWidth(ctx: SceneContext): number {
  return (
    textWidth(ctx.t('report.legend.relations'), 18, true) +
    24 +
    RELATION_TYPES.reduce(
      (sum, type) => sum + SAMPLE + 8 + textWidth(ctx.t(`relation.type.${type}`), 16) + 24,
      0,
    )
  )
}

/** Every relation type with a sample of its line, and what thickness means. */
function relationLegend(b: SceneBuilder, ctx: SceneContext, left: number, top: number): number {
  const heading = ctx.t('report.legend.relations')
  const baseline = top + 18
  b.text(left, baseline, heading, 18, { bold: true })
  let x = left + textWidth(heading, 18, true) + 24
  for (const type of RELATION_TYPES) {
    const look = RELATION_LOOKS[type]
    b.add({
      type: 'line',
      x1: x,
      y1: baseline - 6,
      x2: x + SAMPLE,
      y2: baseline - 6,
      stroke: look.color,
      strokeWidth: 3.5,
      dash: look.dash,
      linecap: look.linecap,
      arrow: 10,
    })
    const label = ctx.t(`relation.type.${type}`)
    b.text(x + SAMPLE + 8, baseline, label, 16)
    x += SAMPLE + 8 + textWidth(label, 16) + 24
  }
  b.text(left, baseline + 28, ctx.t('report.legend.strength'), 16, { fill: COLORS.textSubtle })
  return baseline + 36
}
