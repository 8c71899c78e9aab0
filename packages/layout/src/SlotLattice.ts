import type { CardSize, CentredBox, Point } from './Rect'
import { Spiral } from './Spiral'

/** A lattice of card slots: where `origin` is slot (0, 0), and slots lie `pitch` apart. */
export interface LatticeShape {
  origin: Point
  pitchX: number
  pitchY: number
  /** Slot columns and rows for a bounded lattice (a region's); unbounded when absent. */
  cols?: number
  rows?: number
}

/**
 * Finds the nearest free slot of a lattice for cards of one size. Slots at least a card plus the
 * gap apart never overlap each other, which is what makes the guarantees of `placeCards`
 * provable: a region with `cols × rows` slots holds that many cards, whatever else happened.
 *
 * Two memories make repeated searches cheap, both valid because cards are only ever added
 * while a lattice is in use: slots found taken stay taken, and a search that starts from the
 * same slot as an earlier one resumes where that one stopped. So a pile of a thousand cards
 * walks its spiral once, not a thousand times.
 */
export class SlotLattice {
  private readonly taken = new Set<number>()
  private readonly resume = new Map<number, number>()
  private readonly spiral: Spiral
  private readonly reach: number
  /** One box reused for every probe: a search tries thousands of slots, and garbage adds up. */
  private readonly probe: CentredBox

  constructor(
    private readonly shape: LatticeShape,
    size: CardSize,
    /** Whether a card centred here would overlap something (a card, a forbidden region). */
    private readonly blocked: (box: CentredBox) => boolean,
  ) {
    this.spiral = Spiral.of(shape.pitchX, shape.pitchY)
    this.probe = { x: 0, y: 0, width: size.width, height: size.height }
    this.reach =
      shape.cols === undefined
        ? Number.POSITIVE_INFINITY
        : Math.sqrt((shape.cols * shape.pitchX) ** 2 + ((shape.rows ?? 0) * shape.pitchY) ** 2)
  }

  /** The slot nearest to `point` (inside the lattice when it is bounded). */
  private nearestSlot(point: Point): [number, number] {
    const { origin, pitchX, pitchY, cols, rows } = this.shape
    let i = Math.round((point.x - origin.x) / pitchX)
    let j = Math.round((point.y - origin.y) / pitchY)
    if (cols !== undefined) i = Math.min(cols - 1, Math.max(0, i))
    if (rows !== undefined) j = Math.min(rows - 1, Math.max(0, j))
    return [i, j]
  }

  private inside(i: number, j: number): boolean {
    const { cols, rows } = this.shape
    return (
      (cols === undefined || (i >= 0 && i < cols)) && (rows === undefined || (j >= 0 && j < rows))
    )
  }

  /**
   * Takes the free slot nearest to `point` in spiral order from the slot nearest to it, and
   * returns its centre; `null` when a bounded lattice has no free slot left. The slot counts as
   * taken from then on: the caller places a card there.
   */
  take(point: Point): Point | null {
    if (this.shape.cols === 0 || this.shape.rows === 0) return null
    const [si, sj] = this.nearestSlot(point)
    const start = key(si, sj)
    const spiral = this.spiral
    for (let n = this.resume.get(start) ?? 0; ; n++) {
      if (!spiral.ensure(n, this.reach)) {
        this.resume.set(start, n)
        return null
      }
      if (spiral.distance[n]! > this.reach) {
        this.resume.set(start, n)
        return null
      }
      const i = si + spiral.di[n]!
      const j = sj + spiral.dj[n]!
      if (!this.inside(i, j)) continue
      const slot = key(i, j)
      if (this.taken.has(slot)) continue
      this.taken.add(slot)
      this.probe.x = this.shape.origin.x + i * this.shape.pitchX
      this.probe.y = this.shape.origin.y + j * this.shape.pitchY
      if (this.blocked(this.probe)) continue
      this.resume.set(start, n + 1)
      return { x: this.probe.x, y: this.probe.y }
    }
  }
}

/** Slot indices stay within ±2^24 (coordinates are clamped to ±10^6, pitches are ≥ 1). */
const key = (i: number, j: number) => (i + 2 ** 24) * 2 ** 25 + (j + 2 ** 24)
