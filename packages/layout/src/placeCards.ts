import { DISPLACED_THRESHOLD, POSITION_TOLERANCE } from './cardSizes'
import { regionCapacity } from './placementBound'
import {
  DEFAULT_PLACEMENT,
  type PlacedCard,
  type PlacementItem,
  type PlacementOptions,
  rectKey,
  sanitiseOptions,
  sanitisePoint,
  sanitiseRect,
} from './placementInput'
import {
  type CardSize,
  type CentredBox,
  type Point,
  type Rect,
  boundingBox,
  clampInto,
  inset,
} from './Rect'
import { SlotLattice } from './SlotLattice'
import { SpatialGrid } from './SpatialGrid'
import { Spiral } from './Spiral'

/**
 * Collision-free placement of cards around their true points, as scatter plots place the labels
 * of dense points.
 *
 * Design: a greedy pass in a stable order (by id) over lattices of candidate spots, then a
 * settle pass. Each card first tries its own true point; if that is taken it takes the nearest
 * free slot of a lattice, found by walking a spiral outwards over a spatial hash grid.
 * - In a region (a matrix cell, a lens quadrant) the lattice is the region's own grid of
 *   card-sized slots, a gap inside its border. Slots never overlap each other, so a region with
 *   S slots provably holds S cards: if the first try (true points where free, slots elsewhere)
 *   fragments the region and a card finds no room, the region is laid out again on slots only.
 *   When its cards do not fit at full size they all become compact chips; when not even chips
 *   fit, the cards nearest the region's border leave it (compact, still without overlap) for
 *   the nearest free slot outside every region.
 * - Without a region a card tries its true point, then a few nearby spots at half a card's
 *   pitch (so cards that only graze each other move a little), then the nearest free slot of an
 *   unbounded lattice.
 * - Last, every card whose true point has become free moves there, until none can.
 * A force relaxation would spread cards more evenly, but it needs iterations whose count and
 * result depend on everything at once; the greedy lattice is exact, provable, local and fast,
 * and on a projector a tidy column of cards under a point reads better than a cloud.
 *
 * Properties (tested in `placeCards.test.ts`):
 * - no two cards overlap, for any input: they keep the `gap` between them, less at most
 *   {@link POSITION_TOLERANCE} (0.25) where a card sits exactly on its point;
 * - a card stays inside its region whenever the region has a slot for each of its cards at the
 *   size used (full, else compact); regions are assumed not to overlap one another;
 * - every card lies within `placementBound` of its true point;
 * - the result depends on the set of items, never on their order, and on nothing else;
 * - a card whose true point (clamped into its region) is free sits exactly on it;
 * - a card's position depends only on cards near it (within its region for region cards).
 */

/** Spots tried around a free card's true point before it goes to the lattice. */
const NEARBY_SPOTS = 49
/**
 * A card leaving a crowded spot starts its lattice search from the middle of a square bucket
 * this many slot pitches (the larger of width and height) wide, so a crowd shares its searches.
 */
const BUCKET = 2

interface Card {
  id: string
  anchor: Point
  region: Rect | undefined
  target: Point
  box: CentredBox
  compact: boolean
}

/**
 * Places every card so that no two overlap, each as near its true point as the others allow.
 * Deterministic: the same set of items gives the same layout for everyone. Items with the same
 * id count once (the one with the smallest anchor). Anchors that are not finite count as 0
 * (NaN) or the coordinate limit (±Infinity).
 */
export function placeCards(
  items: readonly PlacementItem[],
  options: PlacementOptions = DEFAULT_PLACEMENT,
): Map<string, PlacedCard> {
  const opts = sanitiseOptions(options)
  const { full, gap } = opts
  const cards = uniqueCards(items, full)
  const grid = new SpatialGrid(full.width + gap, full.height + gap)
  const byRegion = new Map<string, { region: Rect; cards: Card[] }>()
  const loose: Card[] = []
  for (const card of cards) {
    if (!card.region) {
      loose.push(card)
      continue
    }
    const k = rectKey(card.region)
    const group = byRegion.get(k)
    if (group) group.cards.push(card)
    else byRegion.set(k, { region: card.region, cards: [card] })
  }
  const groups = [...byRegion.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const regions = groups.map(([, g]) => g.region)
  for (const extra of opts.regions ?? []) if (!byRegion.has(rectKey(extra))) regions.push(extra)
  const overflow: Card[] = []
  for (const [, group] of groups)
    overflow.push(...placeInRegion(group.region, group.cards, grid, opts))

  placeLoose(sortById([...loose, ...overflow]), grid, regions, opts)
  settle(cards, grid, regions, gap)

  const out = new Map<string, PlacedCard>()
  for (const c of cards)
    out.set(c.id, {
      id: c.id,
      x: c.box.x,
      y: c.box.y,
      width: c.box.width,
      height: c.box.height,
      compact: c.compact,
      displaced:
        (c.box.x - c.anchor.x) ** 2 + (c.box.y - c.anchor.y) ** 2 > DISPLACED_THRESHOLD ** 2,
    })
  return out
}

/**
 * Lays out the cards of one region; returns those that must leave it. Full size when every card
 * has a full-size slot, else compact.
 */
function placeInRegion(region: Rect, cards: Card[], grid: SpatialGrid, opts: PlacementOptions) {
  const { gap } = opts
  const inner = inset(region, gap / 2)
  const fitsFull = cards.length <= regionCapacity(region, opts.full, gap)
  const size = fitsFull ? opts.full : opts.compact
  const capacity = regionCapacity(region, size, gap)
  for (const card of cards) {
    card.compact = !fitsFull
    card.box = { x: 0, y: 0, width: size.width, height: size.height }
    card.target = clampInto(card.anchor, inner, size)
  }
  if (cards.length <= capacity) {
    const placed: Card[] = []
    const lattice = regionLattice(inner, size, gap, grid)
    let ok = true
    for (const card of cards) {
      const spot = free(card, card.target, grid, slackGap(gap))
        ? card.target
        : lattice.take(card.target)
      if (!spot) {
        ok = false
        break
      }
      put(card, spot, grid)
      placed.push(card)
    }
    if (ok) return []
    for (const card of placed) grid.remove(card.box)
  }
  // Slots only. When over capacity, the cards deepest inside the region keep their place.
  const order =
    cards.length <= capacity
      ? cards
      : [...cards].sort((a, b) => depth(b.target, inner) - depth(a.target, inner) || byId(a, b))
  const lattice = regionLattice(inner, size, gap, grid)
  const left: Card[] = []
  for (const card of order) {
    const spot = lattice.take(card.target)
    if (spot) put(card, spot, grid)
    else left.push(card)
  }
  for (const card of left) {
    card.compact = true
    card.box = { x: 0, y: 0, ...opts.compact }
    card.target = clampInto(card.anchor, inner, opts.compact)
  }
  return left
}

/** The slots of a region: as many as fit, spread evenly over it a gap inside its border. */
function regionLattice(inner: Rect, size: CardSize, gap: number, grid: SpatialGrid) {
  const cols = Math.max(0, Math.floor((inner.width + gap) / (size.width + gap)))
  const rows = Math.max(0, Math.floor((inner.height + gap) / (size.height + gap)))
  const axis = (start: number, extent: number, card: number, count: number, pitch: number) =>
    count > 1
      ? { origin: start + card / 2, pitch: (extent - card) / (count - 1) }
      : { origin: start + extent / 2, pitch }
  const x = axis(inner.x, inner.width, size.width, cols, size.width + gap)
  const y = axis(inner.y, inner.height, size.height, rows, size.height + gap)
  return new SlotLattice(
    { origin: { x: x.origin, y: y.origin }, pitchX: x.pitch, pitchY: y.pitch, cols, rows },
    size,
    (box) => grid.collides(box, gap),
  )
}

/**
 * Cards without a region, and cards that left a full one. The latter avoid every region, so a
 * card that leaves «Viktig» never lands among the «Lav» cards.
 */
function placeLoose(cards: Card[], grid: SpatialGrid, regions: Rect[], opts: PlacementOptions) {
  const { gap } = opts
  const bounds = boundingBox(regions)
  const lattices = new Map<string, SlotLattice>()
  const nearby = new Map<string, number>()
  for (const card of cards) {
    const size = { width: card.box.width, height: card.box.height }
    const avoid = card.region ? regions : []
    const isFree = (p: Point) =>
      free(card, p, grid, slackGap(gap)) && !hitsAny(p, size, avoid, card.region)
    let spot: Point | null = isFree(card.target) ? card.target : null
    if (!spot && !card.region) spot = nearbySpot(card, size, isFree, nearby, gap)
    if (!spot) {
      const k = `${size.width}x${size.height}:${avoid.length > 0}`
      let lattice = lattices.get(k)
      if (!lattice) {
        lattice = new SlotLattice(
          { origin: { x: 0, y: 0 }, pitchX: size.width + gap, pitchY: size.height + gap },
          size,
          (box) => grid.collides(box, gap) || hitsAny(box, size, avoid, undefined),
        )
        lattices.set(k, lattice)
      }
      // A card leaving a full region heads for the nearest outer edge of all regions, never
      // across a neighbouring cell: from the bottom of «Viktig» up or right, not down.
      const from = card.region && bounds ? exitPoint(card.target, bounds) : card.target
      const bucket = BUCKET * Math.max(size.width, size.height) + BUCKET * gap
      spot = lattice.take({
        x: (Math.floor(from.x / bucket) + 0.5) * bucket,
        y: (Math.floor(from.y / bucket) + 0.5) * bucket,
      })!
    }
    put(card, spot, grid)
  }
}

/** The point of the rectangle's border nearest to `p` (ties: top, right, bottom, left). */
function exitPoint(p: Point, r: Rect): Point {
  const exits: [number, Point][] = [
    [p.y - r.y, { x: p.x, y: r.y }],
    [r.x + r.width - p.x, { x: r.x + r.width, y: p.y }],
    [r.y + r.height - p.y, { x: p.x, y: r.y + r.height }],
    [p.x - r.x, { x: r.x, y: p.y }],
  ]
  let best = exits[0]!
  for (const e of exits) if (e[0] < best[0]) best = e
  return best[1]
}

/** A free spot within a few half-pitches of the card's point; a pile resumes where it stopped. */
function nearbySpot(
  card: Card,
  size: CardSize,
  isFree: (p: Point) => boolean,
  memory: Map<string, number>,
  gap: number,
): Point | null {
  const spiral = Spiral.of((size.width + gap) / 2, (size.height + gap) / 2)
  spiral.ensure(NEARBY_SPOTS)
  const k = `${card.target.x},${card.target.y},${size.width},${size.height}`
  for (let n = memory.get(k) ?? 1; n <= NEARBY_SPOTS; n++) {
    const p = {
      x: card.target.x + spiral.di[n]! * spiral.stepX,
      y: card.target.y + spiral.dj[n]! * spiral.stepY,
    }
    if (isFree(p)) {
      memory.set(k, n + 1)
      return p
    }
  }
  memory.set(k, NEARBY_SPOTS + 1)
  return null
}

/** Moves cards onto their own true point wherever it has become free, until none can move. */
function settle(cards: Card[], grid: SpatialGrid, regions: Rect[], gap: number) {
  const near = slackGap(gap)
  for (let moved = true; moved;) {
    moved = false
    for (const card of cards) {
      const { target, box } = card
      if (box.x === target.x && box.y === target.y) continue
      const candidate = { ...box, x: target.x, y: target.y }
      if (grid.collides(candidate, near, box)) continue
      if (card.region && hitsAny(target, box, regions, card.region)) continue
      grid.remove(box)
      box.x = target.x
      box.y = target.y
      grid.insert(box)
      moved = true
    }
  }
}

/**
 * The gap kept by a card put exactly on its point: {@link POSITION_TOLERANCE} less, so a point
 * read back from rounded scores still counts as free. Slots always keep the whole gap.
 */
export const slackGap = (gap: number) => gap - Math.min(POSITION_TOLERANCE, gap / 4)

function put(card: Card, spot: Point, grid: SpatialGrid) {
  card.box.x = spot.x
  card.box.y = spot.y
  grid.insert(card.box)
}

/** One box reused for every probe of a free spot (placement is single-threaded). */
const probe: CentredBox = { x: 0, y: 0, width: 0, height: 0 }

function free(card: Card, p: Point, grid: SpatialGrid, gap: number) {
  probe.x = p.x
  probe.y = p.y
  probe.width = card.box.width
  probe.height = card.box.height
  return !grid.collides(probe, gap)
}

/** Whether a card centred at `p` would cover part of any of `rects` but `except`. */
function hitsAny(p: Point, size: CardSize, rects: readonly Rect[], except: Rect | undefined) {
  for (const r of rects) if (r !== except && hits(p, size, r)) return true
  return false
}

/** Whether a card centred at `p` would cover part of `r`. */
function hits(p: Point, size: CardSize, r: Rect) {
  return (
    Math.abs(p.x - (r.x + r.width / 2)) < (size.width + r.width) / 2 &&
    Math.abs(p.y - (r.y + r.height / 2)) < (size.height + r.height) / 2
  )
}

function uniqueCards(items: readonly PlacementItem[], full: CardSize): Card[] {
  const byKey = new Map<string, Card>()
  for (const item of items) {
    const anchor = sanitisePoint(item.anchor)
    const region = sanitiseRect(item.region)
    const card: Card = {
      id: String(item.id),
      anchor,
      region,
      target: anchor,
      box: { x: anchor.x, y: anchor.y, width: full.width, height: full.height },
      compact: false,
    }
    const seen = byKey.get(card.id)
    if (!seen || compareCards(card, seen) < 0) byKey.set(card.id, card)
  }
  // Cards of one region share one Rect object, so regions can be compared by identity.
  const rects = new Map<string, Rect>()
  for (const card of byKey.values())
    if (card.region) {
      const k = rectKey(card.region)
      card.region = rects.get(k) ?? (rects.set(k, card.region), card.region)
    }
  return sortById([...byKey.values()])
}

/** Among duplicates, the smallest anchor (then region) wins, whatever the input order. */
function compareCards(a: Card, b: Card) {
  return (
    a.anchor.x - b.anchor.x ||
    a.anchor.y - b.anchor.y ||
    cmp(a.region ? rectKey(a.region) : '', b.region ? rectKey(b.region) : '')
  )
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const byId = (a: Card, b: Card) => cmp(a.id, b.id)
const sortById = (cards: Card[]) => cards.sort(byId)
/** How far a point lies inside a rectangle (its distance to the nearest edge). */
function depth(p: Point, r: Rect) {
  return Math.min(p.x - r.x, r.x + r.width - p.x, p.y - r.y, r.y + r.height - p.y)
}
