import type { Point } from '@samkart/layout'

/** A card's box in flow coordinates: top-left corner and size. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** A drawn relation: an SVG path and the point halfway along it, for its label. */
export interface EdgeGeometry {
  path: string
  labelX: number
  labelY: number
  /** Where the curve ends (at the arrow's tip), and its control point: the arrow's direction. */
  end: Point
  control: Point
}

/** How far the curve bows out, as a share of the distance between the cards. */
const BEND = 0.12
/** Room between the arrow tip and the card, so the arrowhead is not hidden under it. */
const GAP = 4

const centre = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 })

/**
 * Where the ray from the box's centre towards `toward` leaves the box, pushed `gap` further out.
 * Returns the centre if `toward` is the centre.
 */
export function boxExit(box: Box, toward: Point, gap = 0): Point {
  const c = centre(box)
  const dx = toward.x - c.x
  const dy = toward.y - c.y
  if (dx === 0 && dy === 0) return c
  const scale = Math.min(
    dx === 0 ? Infinity : box.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : box.height / 2 / Math.abs(dy),
  )
  const length = Math.hypot(dx, dy)
  const extra = gap / length
  return { x: c.x + dx * (scale + extra), y: c.y + dy * (scale + extra) }
}

const round1 = (v: number) => Math.round(v * 10) / 10

/**
 * A "floating" relation between two cards: it leaves and enters each card where the line between
 * them crosses the card's border, whichever side that is, instead of at fixed handles. It bows
 * slightly to its left, so A → B and B → A are two separate curves rather than one line.
 */
export function floatingEdge(source: Box, target: Box): EdgeGeometry {
  const s = centre(source)
  const t = centre(target)
  const dx = t.x - s.x
  const dy = t.y - s.y
  // The control point: the midpoint moved sideways (to the left of the direction of travel).
  const control = { x: (s.x + t.x) / 2 + dy * BEND, y: (s.y + t.y) / 2 - dx * BEND }
  const start = boxExit(source, control)
  const end = boxExit(target, control, GAP)
  return {
    path: `M${round1(start.x)},${round1(start.y)} Q${round1(control.x)},${round1(control.y)} ${round1(end.x)},${round1(end.y)}`,
    // The point at t = ½ on a quadratic Bézier curve.
    labelX: round1((start.x + 2 * control.x + end.x) / 4),
    labelY: round1((start.y + 2 * control.y + end.y) / 4),
    end,
    control,
  }
}
