import { type CentredBox, type Point, type Rect, SpatialGrid } from '@samkart/layout'

/** Grid cells of about a label's or a card's size on screen. */
const CELL = 128

/** One relation label: its box where it is drawn now, and the centres it may move to. */
export interface LabelSpots {
  box: Rect
  /** Centres to try, best first (points along the relation's line). */
  candidates: readonly Point[]
}

const centred = (r: Rect): CentredBox => ({
  x: r.x + r.width / 2,
  y: r.y + r.height / 2,
  width: r.width,
  height: r.height,
})

/**
 * Moves each label to the first of its candidate centres where no card lies over it and no label
 * placed before it: the offset from where it is drawn now, or `null` where every candidate is
 * covered (the label is then best hidden). Labels are placed in order, each then counting as
 * taken. Rectangles in any one coordinate system (the canvas reads screen pixels); cards and
 * placed labels go into the placement's {@link SpatialGrid}, so many labels among many cards
 * cost a few lookups each. Boxes that only touch do not cover each other.
 */
export function placeLabels(
  labels: readonly LabelSpots[],
  cards: readonly Rect[],
): (Point | null)[] {
  const grid = new SpatialGrid(CELL, CELL)
  for (const card of cards) grid.insert(centred(card))
  return labels.map(({ box, candidates }) => {
    const here = centred(box)
    for (const spot of candidates) {
      const moved = { ...here, x: spot.x, y: spot.y }
      if (grid.collides(moved, 0)) continue
      grid.insert(moved)
      return { x: spot.x - here.x, y: spot.y - here.y }
    }
    return null
  })
}
