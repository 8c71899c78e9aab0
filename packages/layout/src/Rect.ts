/** A point in flow coordinates (x to the right, y down), as React Flow and the exports use. */
export interface Point {
  x: number
  y: number
}

/** An axis-aligned rectangle by its top-left corner and size, in flow coordinates. */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** The size of a card, in flow units. */
export interface CardSize {
  width: number
  height: number
}

/** A card's box by its centre, the way the canvas positions nodes (`nodeOrigin` [0.5, 0.5]). */
export interface CentredBox {
  x: number
  y: number
  width: number
  height: number
}

/**
 * Whether two centred boxes come closer than `gap` to each other. Boxes exactly `gap` apart do
 * not overlap, so a packing at pitch `size + gap` is allowed.
 */
export function boxesOverlap(a: CentredBox, b: CentredBox, gap = 0): boolean {
  return (
    Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gap &&
    Math.abs(a.y - b.y) < (a.height + b.height) / 2 + gap
  )
}

/** The centred box as a top-left rectangle, for drawing. */
export function boxToRect(box: CentredBox): Rect {
  return {
    x: box.x - box.width / 2,
    y: box.y - box.height / 2,
    width: box.width,
    height: box.height,
  }
}

/** Distance from a point to the nearest point of a rectangle (0 inside it). */
export function distanceToRect(point: Point, rect: Rect): number {
  const dx = Math.max(rect.x - point.x, 0, point.x - (rect.x + rect.width))
  const dy = Math.max(rect.y - point.y, 0, point.y - (rect.y + rect.height))
  return Math.hypot(dx, dy)
}

/** The rectangle shrunk by `d` on every side. */
export function inset(r: Rect, d: number): Rect {
  return {
    x: r.x + d,
    y: r.y + d,
    width: Math.max(0, r.width - 2 * d),
    height: Math.max(0, r.height - 2 * d),
  }
}

/** The point moved into `r` far enough that a card of `size` centred there stays inside. */
export function clampInto(p: Point, r: Rect, size: CardSize): Point {
  const axis = (v: number, start: number, extent: number, card: number) =>
    extent <= card
      ? start + extent / 2
      : Math.min(start + extent - card / 2, Math.max(start + card / 2, v))
  return { x: axis(p.x, r.x, r.width, size.width), y: axis(p.y, r.y, r.height, size.height) }
}

/** The smallest rectangle holding all of `rects`; undefined for none. */
export function boundingBox(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined
  const x = Math.min(...rects.map((r) => r.x))
  const y = Math.min(...rects.map((r) => r.y))
  const right = Math.max(...rects.map((r) => r.x + r.width))
  const bottom = Math.max(...rects.map((r) => r.y + r.height))
  return { x, y, width: right - x, height: bottom - y }
}
