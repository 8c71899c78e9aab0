import { type Actor, type ActorCategory, actorCategory } from '@samkart/model'
import type { Translate } from '@samkart/i18n'
import { textWidth } from './fonts'
import { CATEGORY_COLORS, COLORS } from './palette'
import type { SceneBuilder } from './SceneBuilder'
import { wrapText } from './wrapText'

const NAME_SIZE = 18
const META_SIZE = 14
const PAD_X = 16
const PAD_Y = 10
const MIN_WIDTH = 150
const MAX_WIDTH = 240

/** A card's size and content, laid out once and drawn in the matrix and the network alike. */
export interface CardLayout {
  actor: Actor
  category: ActorCategory
  width: number
  height: number
  nameLines: string[]
  meta: string
}

/**
 * Lays out an actor card as the canvas draws it: the short name (or the name) in bold, then the
 * category with its mark and the level; 150–240 wide, the name on up to three lines.
 */
export function layoutCard(actor: Actor, t: Translate): CardLayout {
  const category = actorCategory(actor.importance, actor.substitutability)
  const name = actor.shortName || actor.name
  const meta = `${t(`category.${category}`)} · ${t(`level.${actor.level}`)}`
  const natural = Math.max(
    textWidth(name, NAME_SIZE, true),
    textWidth(meta, META_SIZE) + META_SIZE + 6,
  )
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(natural) + 2 * PAD_X))
  const nameLines = wrapText(name, {
    size: NAME_SIZE,
    bold: true,
    maxWidth: width - 2 * PAD_X,
    maxLines: 3,
  })
  const height = PAD_Y * 2 + nameLines.length * NAME_SIZE * 1.3 + 6 + META_SIZE * 1.3
  return { actor, category, width, height: Math.round(height), nameLines, meta }
}

/** Draws a laid-out card centred on (cx, cy). */
export function drawCard(b: SceneBuilder, card: CardLayout, cx: number, cy: number): void {
  const x = cx - card.width / 2
  const y = cy - card.height / 2
  b.add(
    {
      type: 'rect',
      x,
      y,
      width: card.width,
      height: card.height,
      fill: COLORS.background,
      stroke: COLORS.border,
      strokeWidth: 1,
      radius: 6,
      key: `actor:${card.actor.id}`,
      title: card.actor.name,
    },
    // The category shows on the left edge, as on the canvas.
    {
      type: 'rect',
      x,
      y,
      width: 5,
      height: card.height,
      fill: CATEGORY_COLORS[card.category].base,
    },
  )
  card.nameLines.forEach((line, i) =>
    b.text(x + PAD_X, y + PAD_Y + NAME_SIZE + i * NAME_SIZE * 1.3, line, NAME_SIZE, {
      bold: true,
      key: `actor:${card.actor.id}`,
    }),
  )
  const metaBaseline = y + PAD_Y + card.nameLines.length * NAME_SIZE * 1.3 + 6 + META_SIZE
  b.categoryIcon(x + PAD_X + META_SIZE / 2 - 1, metaBaseline - META_SIZE * 0.35, 5, card.category)
  b.text(x + PAD_X + META_SIZE + 4, metaBaseline, card.meta, META_SIZE, {
    fill: COLORS.textSubtle,
  })
}
