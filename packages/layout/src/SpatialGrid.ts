import { type CentredBox, boxesOverlap } from './Rect'

/** Cell indices are offset so that keys stay non-negative integers well inside 2^53. */
const OFFSET = 2 ** 24
const SPAN = 2 ** 25

/**
 * A uniform hash grid of centred boxes, so "does this box overlap a placed card?" looks at the
 * few cards in the cells the box touches instead of every card: placement asks this thousands
 * of times per layout. Cells are about a card in size, so each box lies in at most four cells.
 */
export class SpatialGrid {
  private readonly cells = new Map<number, CentredBox[]>()
  private count = 0

  constructor(
    private readonly cellWidth: number,
    private readonly cellHeight: number,
  ) {}

  /** How many boxes the grid holds. */
  get size(): number {
    return this.count
  }

  /** Adds a box. */
  insert(box: CentredBox): void {
    this.forCells(box, 0, (key) => {
      const list = this.cells.get(key)
      if (list) list.push(box)
      else this.cells.set(key, [box])
      return false
    })
    this.count++
  }

  /** Removes a box added before (by identity). */
  remove(box: CentredBox): void {
    this.forCells(box, 0, (key) => {
      const list = this.cells.get(key)
      const i = list ? list.indexOf(box) : -1
      if (list && i >= 0) list.splice(i, 1)
      return false
    })
    this.count--
  }

  /** Whether `box` comes closer than `gap` to any box in the grid other than `except`. */
  collides(box: CentredBox, gap: number, except?: CentredBox): boolean {
    return this.forCells(box, gap, (key) => {
      const list = this.cells.get(key)
      if (!list) return false
      for (const other of list) if (other !== except && boxesOverlap(box, other, gap)) return true
      return false
    })
  }

  /** Calls `visit` for each cell the box (grown by `margin`) touches, until it returns true. */
  private forCells(box: CentredBox, margin: number, visit: (key: number) => boolean): boolean {
    const hw = box.width / 2 + margin
    const hh = box.height / 2 + margin
    const x0 = Math.floor((box.x - hw) / this.cellWidth)
    const x1 = Math.floor((box.x + hw) / this.cellWidth)
    const y0 = Math.floor((box.y - hh) / this.cellHeight)
    const y1 = Math.floor((box.y + hh) / this.cellHeight)
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) if (visit((cx + OFFSET) * SPAN + (cy + OFFSET))) return true
    return false
  }
}
