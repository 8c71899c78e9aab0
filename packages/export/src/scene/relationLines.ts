import type { Relation } from '@samkart/model'
import type { CentredBox } from '@samkart/layout'
import { borderPoint } from './actorCard'
import { textWidth } from './fonts'
import { COLORS, RELATION_LOOKS, relationStrokeWidth } from './palette'
import type { SceneBuilder } from './SceneBuilder'
import { truncateText } from './wrapText'

const LABEL_SIZE = 13

/**
 * The relations between drawn cards as arrows from source to target, in their type's colour and
 * dash (as the canvas and the legend show them), thicker for stronger ones, from card edge to
 * card edge. Drawn before the cards, so cards stay readable where lines cross them. With
 * `labels`, a relation's description sits on a small backing at the middle of its line (the
 * network view; the matrix leaves them to the relation table, since its cards sit too close).
 */
export function drawRelations(
  b: SceneBuilder,
  relations: readonly Relation[],
  boxes: ReadonlyMap<string, CentredBox>,
  options: { labels: boolean },
): void {
  for (const r of relations) {
    const from = boxes.get(r.source)
    const to = boxes.get(r.target)
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
  if (!options.labels) return
  // Labels after every line, so no line crosses a label's backing.
  for (const r of relations) {
    const from = boxes.get(r.source)
    const to = boxes.get(r.target)
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
}
