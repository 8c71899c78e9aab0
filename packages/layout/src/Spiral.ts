/**
 * The points of a lattice with steps `stepX` × `stepY` around the origin, in order of distance
 * (ties: lower first, then right first, so a pile grows downwards like a stack of notes). It is
 * how every search here walks outwards from a point: nearest candidates first, so the first free
 * one is the nearest free one. Points are generated lazily in rings of doubling radius, so a
 * search that stops early costs little and one that goes far costs no more than the area it
 * covers. Spirals are cached per step, shared by every layout of the same card size.
 */
export class Spiral {
  /** Lattice offsets (column, row) and their distance, nearest first. */
  readonly di: number[] = []
  readonly dj: number[] = []
  readonly distance: number[] = []
  private radius = 0

  private constructor(
    readonly stepX: number,
    readonly stepY: number,
  ) {}

  private static readonly cache = new Map<string, Spiral>()

  /** The shared spiral for these steps. */
  static of(stepX: number, stepY: number): Spiral {
    const key = `${stepX}:${stepY}`
    let spiral = Spiral.cache.get(key)
    if (!spiral) {
      if (Spiral.cache.size > 64) Spiral.cache.clear()
      spiral = new Spiral(stepX, stepY)
      Spiral.cache.set(key, spiral)
    }
    return spiral
  }

  /** Makes sure offset `index` exists; returns false only past `maxDistance`. */
  ensure(index: number, maxDistance = Number.POSITIVE_INFINITY): boolean {
    while (this.di.length <= index) {
      if (this.radius > maxDistance) return false
      this.grow()
    }
    return true
  }

  /** Adds the ring between the current radius and twice it (the first: a few steps). */
  private grow(): void {
    const inner = this.radius
    const outer = inner === 0 ? 4 * Math.max(this.stepX, this.stepY) : inner * 2
    const ni = Math.ceil(outer / this.stepX)
    const nj = Math.ceil(outer / this.stepY)
    const ring: [number, number, number][] = []
    for (let i = -ni; i <= ni; i++)
      for (let j = -nj; j <= nj; j++) {
        // sqrt is exactly rounded in every engine (hypot is not): browsers agree on the order.
        const d = Math.sqrt((i * this.stepX) ** 2 + (j * this.stepY) ** 2)
        if ((inner === 0 || d > inner) && d <= outer) ring.push([i, j, d])
      }
    ring.sort((a, b) => a[2] - b[2] || b[1] - a[1] || b[0] - a[0])
    for (const [i, j, d] of ring) {
      this.di.push(i)
      this.dj.push(j)
      this.distance.push(d)
    }
    this.radius = outer
  }
}
