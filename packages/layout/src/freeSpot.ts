import { CARD_FULL, CARD_GAP } from './cardSizes'
import { type CardSize, type CentredBox, type Point, type Rect, clampInto, inset } from './Rect'
import { slackGap } from './placeCards'
import { SpatialGrid } from './SpatialGrid'
import { Spiral } from './Spiral'

/** Options of {@link freeSpot}. */
export interface FreeSpotOptions {
  /** The new card's size. Default {@link CARD_FULL}. */
  size?: CardSize
  /** Space kept to every card. Default {@link CARD_GAP}. */
  gap?: number
  /** Look inside this region first (a matrix cell), a gap inside its border. */
  region?: Rect
}

/**
 * Where a new card should go so it lands on free ground: the point nearest to `preferred` (the
 * middle of the visible area, or of a cell) at which a card would overlap none of `cards` (the
 * cards as drawn, e.g. the values of `placeCards`). With a `region`, the nearest such point
 * inside it, or, when the region is full, the nearest outside. Candidates lie on half-card
 * steps around `preferred`, nearest first, so the answer is deterministic, and a card placed at
 * it with `placeCards` sits exactly on its point: three actors added one after the other land
 * side by side, not on top of each other.
 *
 * @example
 * const spot = freeSpot(placeCards(items).values(), { x: 600, y: 400 })
 * createActor(doc, { name, ...positionToScores(spot) })
 */
export function freeSpot(
  cards: Iterable<CentredBox>,
  preferred: Point,
  options: FreeSpotOptions = {},
): Point {
  const size = options.size ?? CARD_FULL
  const gap = options.gap ?? CARD_GAP
  // Half the slack placeCards allows: the other half absorbs the rounding of the new card's
  // scores, so it is still free, and sits exactly here, once it comes back from the document.
  const keep = gap - (gap - slackGap(gap)) / 2
  const boxes = [...cards]
  // Cells as large as the largest card keep each box within four cells.
  const cellWidth = Math.max(size.width, ...boxes.map((b) => b.width)) + gap
  const cellHeight = Math.max(size.height, ...boxes.map((b) => b.height)) + gap
  const index = new SpatialGrid(cellWidth, cellHeight)
  for (const box of boxes) index.insert(box)
  const start = {
    x: Number.isFinite(preferred.x) ? preferred.x : 0,
    y: Number.isFinite(preferred.y) ? preferred.y : 0,
  }
  const free = (p: Point) => !index.collides({ ...p, ...size }, keep)
  const spiral = Spiral.of((size.width + gap) / 2, (size.height + gap) / 2)

  if (options.region) {
    const inner = inset(options.region, gap / 2)
    const from = clampInto(start, inner, size)
    const inside = (p: Point) =>
      p.x - size.width / 2 >= inner.x &&
      p.x + size.width / 2 <= inner.x + inner.width &&
      p.y - size.height / 2 >= inner.y &&
      p.y + size.height / 2 <= inner.y + inner.height
    const reach = Math.sqrt(inner.width ** 2 + inner.height ** 2)
    // Whole card steps first, so cards added one by one tile the region without gaps that
    // no card fits in; then half steps, for room between cards placed elsewhere.
    const whole = Spiral.of(size.width + gap, size.height + gap)
    for (const s of [whole, spiral])
      for (let n = 0; s.ensure(n, reach) && s.distance[n]! <= reach; n++) {
        const p = at(from, s, n)
        if (inside(p) && free(p)) return p
      }
  }
  for (let n = 0; ; n++) {
    spiral.ensure(n)
    const p = at(start, spiral, n)
    if (free(p)) return p
  }
}

const at = (from: Point, spiral: Spiral, n: number): Point => ({
  x: from.x + spiral.di[n]! * spiral.stepX,
  y: from.y + spiral.dj[n]! * spiral.stepY,
})
