import {
  type PlacementItem,
  type PlacementOptions,
  DEFAULT_PLACEMENT,
  rectKey,
  sanitiseOptions,
  sanitisePoint,
  sanitiseRect,
} from './placementInput'
import { type CardSize, type Rect, boundingBox, distanceToRect } from './Rect'

/** How many cards of `size` a region holds on its slot lattice. */
export function regionCapacity(region: Rect, size: CardSize, gap: number): number {
  const cols = Math.floor(region.width / (size.width + gap))
  const rows = Math.floor(region.height / (size.height + gap))
  return Math.max(0, cols) * Math.max(0, rows)
}

/**
 * The farthest a card can be drawn from its true point. A card kept in its region R lies within
 * dist(anchor, R) + diag(R). Any other card (no region, or one that left a full region) is drawn
 * at the nearest free slot of a lattice of pitch p = size + gap, searched from the middle of a
 * bucket two pitches wide around its point (for a card leaving R: around the nearest point of
 * the border of all regions' bounding box A): within
 *   dist(anchor, R) + diag(A) + 3·|p| + √((B·n + S)·pₓ·p_y / π)
 * where the first two terms apply only to cards with a region, n is the number of cards, B the
 * slots one card can block, S the slots all regions block, and |p| the pitch's diagonal: a disc
 * of that radius holds more slots than anything can block. For 500 cards on one point without
 * regions this is about 2,400 units.
 */
export function placementBound(
  item: PlacementItem,
  items: readonly PlacementItem[],
  options: PlacementOptions = DEFAULT_PLACEMENT,
): number {
  const opts = sanitiseOptions(options)
  const anchor = sanitisePoint(item.anchor)
  const region = sanitiseRect(item.region)
  const regions = new Map<string, Rect>()
  for (const r of opts.regions ?? []) regions.set(rectKey(r), r)
  for (const i of items) {
    const r = sanitiseRect(i.region)
    if (r) regions.set(rectKey(r), r)
  }
  const bounds = boundingBox([...regions.values()])
  const inRegion =
    region && bounds ? distanceToRect(anchor, region) + Math.hypot(bounds.width, bounds.height) : 0
  const n = new Set(items.map((i) => i.id)).size
  let far = 0
  for (const size of [opts.full, opts.compact]) {
    const px = size.width + opts.gap
    const py = size.height + opts.gap
    const span = (extent: number, own: number, pitch: number) =>
      Math.floor((extent + own + 2 * opts.gap) / pitch) + 1
    const perCard = span(size.width, opts.full.width, px) * span(size.height, opts.full.height, py)
    let perRegions = 0
    for (const r of regions.values())
      perRegions += span(r.width, size.width, px) * span(r.height, size.height, py)
    const pitch = Math.hypot(px, py)
    far = Math.max(far, 3 * pitch + Math.sqrt(((perCard * n + perRegions + 1) * px * py) / Math.PI))
  }
  return inRegion + far
}
