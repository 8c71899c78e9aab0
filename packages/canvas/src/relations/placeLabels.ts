import type { Point, Rect } from '@samkart/layout'

/** Grid cell size for the lookup, in the rectangles' units. */
const CELL = 128

/** One relation label: its box where it is drawn now, and the centres it may move to. */
export interface LabelSpots {
  box: Rect
  /** Centres to try, best first (points along the relation's line). */
  candidates: readonly Point[]
}

/**
 * Moves each label to the first of its candidate centres where no card lies over it and no label
 * placed before it: the offset from where it is drawn now, or `null` where every candidate is
 * covered (the label is then best hidden). Labels are placed in order, each then counting as
 * taken. Rectangles in any one coordinate system (the canvas reads screen pixels); cards and
 * placed labels go into a coarse grid, so many labels among many cards cost a few lookups each.
 */
export function placeLabels(
  labels: readonly LabelSpots[],
  cards: readonly Rect[],
): (Point | null)[] {
  const grid = new Map<string, Rect[]>()
  const cellsOf = (r: Rect, visit: (key: string) => boolean | void) => {
    for (let cx = Math.floor(r.x / CELL); cx <= Math.floor((r.x + r.width) / CELL); cx++)
      for (let cy = Math.floor(r.y / CELL); cy <= Math.floor((r.y + r.height) / CELL); cy++)
        if (visit(`${cx},${cy}`) === true) return true
    return false
  }
  const take = (r: Rect) =>
    cellsOf(r, (key) => {
      const cell = grid.get(key)
      if (cell) cell.push(r)
      else grid.set(key, [r])
    })
  const taken = (r: Rect) => cellsOf(r, (key) => grid.get(key)?.some((o) => overlaps(r, o)))
  for (const card of cards) take(card)
  return labels.map(({ box, candidates }) => {
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    for (const spot of candidates) {
      const moved = { ...box, x: spot.x - box.width / 2, y: spot.y - box.height / 2 }
      if (taken(moved)) continue
      take(moved)
      return { x: spot.x - centre.x, y: spot.y - centre.y }
    }
    return null
  })
}

/** Strictly overlapping: rectangles that only touch do not cover each other. */
function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}
