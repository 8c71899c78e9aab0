import { RELATION_TYPES } from '@samkart/model'
import { type CentredBox, DEFAULT_PLACEMENT, networkAnchors, placeCards } from '@samkart/layout'
import type { BoardData } from '../board/BoardData'
import { drawCard, layoutCard } from './actorCard'
import { textWidth } from './fonts'
import { COLORS, RELATION_LOOKS } from './palette'
import { drawRelations } from './relationLines'
import type { Scene } from './Scene'
import { MARGIN, SceneBuilder } from './SceneBuilder'
import type { SceneContext } from './SceneContext'
import { NOTE_WIDTH, drawNote, noteHeight, notesOn } from './stickyNotes'

/**
 * The network view: every actor card where the canvas draws it (its saved position, or the
 * sunflower for actors nobody has moved, then `placeCards` so no card covers another), the
 * relations as arrows in their type's colour and dash, thicker for stronger ones, labelled when
 * they have a description, the network's sticky notes where they were put, and a legend of the
 * relation types.
 */
export function networkScene(board: BoardData, ctx: SceneContext): Scene {
  const { t } = ctx
  const b = new SceneBuilder()
  const anchors = networkAnchors(board.actors)
  const placed = placeCards(
    board.actors.map((a) => ({ id: a.id, anchor: anchors.get(a.id)! })),
    DEFAULT_PLACEMENT,
  )
  const notes = notesOn(board.notes, 'network')
  // Notes count as boxes for the extent of the drawing, so none falls off its edge.
  const cards = [...placed.values()]
  const extent = [
    ...cards,
    ...notes.map((n) => ({ x: n.x, y: n.y, width: NOTE_WIDTH, height: noteHeight(n) })),
  ]
  const minX = Math.min(0, ...extent.map((p) => p.x - p.width / 2))
  const minY = Math.min(0, ...extent.map((p) => p.y - p.height / 2))
  const maxX = Math.max(600, ...extent.map((p) => p.x + p.width / 2))
  const maxY = Math.max(200, ...extent.map((p) => p.y + p.height / 2))
  const legendWidth = legendRowWidth(ctx)
  const width = Math.ceil(Math.max(maxX - minX, legendWidth, 900) + 2 * MARGIN)
  const top = b.header(board.meta.title, ctx.dateLine, width - 2 * MARGIN)
  b.sectionTitle(MARGIN, top, t('report.section.network'))
  const y0 = top + 40
  const boxes = new Map<string, CentredBox>(
    cards.map((p) => [p.id, { ...p, x: p.x - minX + MARGIN, y: p.y - minY + y0 }]),
  )

  drawRelations(b, board.relations, boxes, { labels: true })
  for (const actor of board.actors) {
    const box = boxes.get(actor.id)!
    drawCard(b, layoutCard(actor, t), box.x, box.y)
  }
  for (const note of notes) drawNote(b, note, note.x - minX + MARGIN, note.y - minY + y0)
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
