import { type Actor, type ActorCategory, actorCategory } from '@samkart/model'
import type { Translate } from '@samkart/i18n'
import { CARD_COMPACT, CARD_FULL, CARD_TYPE, type CentredBox, type Point } from '@samkart/layout'
import { CATEGORY_COLORS, COLORS } from './palette'
import type { SceneBuilder } from './SceneBuilder'
import { truncateText, wrapText } from './wrapText'

/**
 * Font sizes of a full card (name, meta line) and of a compact chip's name, in scene units, as
 * the canvas's card sets them. A name too long for one line at NAME_SIZE takes two at
 * LONG_NAME_SIZE, where the canvas cuts it: a file cannot expand a card on hover, so it shows as
 * much of the name as the card holds.
 */
const NAME_SIZE = CARD_TYPE.name
const LONG_NAME_SIZE = 15
const META_SIZE = CARD_TYPE.meta
const CHIP_NAME_SIZE = CARD_TYPE.chipName
const PAD_X = 12
/** Width of the category edge on the card's left, as on the canvas. */
const EDGE = 5

/** A card's content, fitted to its fixed size: the canvas's card, drawn by SVG and PDF alike. */
export interface CardLayout {
  actor: Actor
  category: ActorCategory
  width: number
  height: number
  compact: boolean
  /** The name's lines: one, or two at a smaller size (the last shortened with … if need be). */
  name: string[]
  nameSize: number
  /** «Viktig · Stat»; empty on a compact chip. */
  meta: string
}

/**
 * Lays out an actor card the way the canvas draws it, at the fixed sizes of @samkart/layout so
 * the placement fits: a full card ({@link CARD_FULL}) shows the short name (or the name) in
 * bold on one line over the category with its mark and the level; a compact chip
 * ({@link CARD_COMPACT}, in a crowded cell) shows the mark and the name. The whole name is the
 * card's hover title in SVG.
 */
export function layoutCard(actor: Actor, t: Translate, compact = false): CardLayout {
  const category = actorCategory(actor.importance, actor.substitutability)
  const size = compact ? CARD_COMPACT : CARD_FULL
  const text = actor.shortName || actor.name
  const maxWidth = size.width - (compact ? PAD_X + 14 : PAD_X) - PAD_X + 4
  const meta = compact ? '' : `${t(`category.${category}`)} · ${t(`level.${actor.level}`)}`
  const card = { actor, category, width: size.width, height: size.height, compact, meta }
  if (compact) {
    const name = [truncateText(text, { size: CHIP_NAME_SIZE, bold: true, maxWidth })]
    return { ...card, name, nameSize: CHIP_NAME_SIZE }
  }
  const one = wrapText(text, { size: NAME_SIZE, bold: true, maxWidth })
  if (one.length <= 1) return { ...card, name: one, nameSize: NAME_SIZE }
  const two = wrapText(text, { size: LONG_NAME_SIZE, bold: true, maxWidth, maxLines: 2 })
  return { ...card, name: two, nameSize: LONG_NAME_SIZE }
}

/** Draws a laid-out card centred on (cx, cy). */
export function drawCard(b: SceneBuilder, card: CardLayout, cx: number, cy: number): void {
  const x = cx - card.width / 2
  const y = cy - card.height / 2
  const key = `actor:${card.actor.id}`
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
      key,
      title: card.actor.name,
    },
    // The category shows on the left edge, as on the canvas.
    {
      type: 'rect',
      x,
      y,
      width: EDGE,
      height: card.height,
      fill: CATEGORY_COLORS[card.category].base,
    },
  )
  if (card.compact) {
    b.categoryIcon(x + PAD_X + 5, cy, 5, card.category)
    b.text(x + PAD_X + 14, cy + CHIP_NAME_SIZE * 0.35, card.name[0] ?? '', CHIP_NAME_SIZE, {
      bold: true,
      key,
    })
    return
  }
  const lineHeight = card.nameSize * 1.12
  card.name.forEach((line, i) =>
    b.text(x + PAD_X, y + 6 + card.nameSize + i * lineHeight, line, card.nameSize, {
      bold: true,
      key,
    }),
  )
  const metaBaseline = y + card.height - (card.name.length > 1 ? 8 : 11)
  b.categoryIcon(x + PAD_X + 5, metaBaseline - META_SIZE * 0.35, 5, card.category)
  b.text(x + PAD_X + 14, metaBaseline, card.meta, META_SIZE, { fill: COLORS.textSubtle })
}

/**
 * For a card drawn away from its true point: a thin leader line from the point to the card's
 * edge (drawn under the cards), so the reader can tell which point a card belongs to.
 */
export function drawLeaderLine(b: SceneBuilder, placed: CentredBox, truePoint: Point): void {
  const edge = borderPoint(placed, truePoint.x, truePoint.y, 0)
  b.add({
    type: 'line',
    x1: truePoint.x,
    y1: truePoint.y,
    x2: edge.x,
    y2: edge.y,
    // Light: in a pile many lines meet at one dot, and they must not compete with relations.
    stroke: COLORS.border,
    strokeWidth: 0.9,
    dash: [3, 3],
  })
}

/**
 * A small dot at a displaced card's exact score, in its category's colour with a white ring, as
 * on the canvas; the matrix draws it over the cards unless it would sit on another card.
 */
export function drawTruePoint(b: SceneBuilder, truePoint: Point, category: ActorCategory): void {
  b.add({
    type: 'circle',
    cx: truePoint.x,
    cy: truePoint.y,
    r: 5,
    fill: CATEGORY_COLORS[category].base,
    stroke: COLORS.background,
    strokeWidth: 1.5,
  })
}

/**
 * The point where the line from a box's centre towards (tx, ty) leaves the box, pushed `gap`
 * further out, so arrowheads and leader lines stop at the card's edge instead of under it.
 */
export function borderPoint(
  box: { x: number; y: number; width: number; height: number },
  tx: number,
  ty: number,
  gap: number,
): Point {
  const dx = tx - box.x
  const dy = ty - box.y
  if (dx === 0 && dy === 0) return { x: box.x, y: box.y }
  const hw = box.width / 2 + gap
  const hh = box.height / 2 + gap
  const scale = Math.min(
    dx === 0 ? Infinity : hw / Math.abs(dx),
    dy === 0 ? Infinity : hh / Math.abs(dy),
  )
  return { x: box.x + dx * Math.min(1, scale), y: box.y + dy * Math.min(1, scale) }
}
