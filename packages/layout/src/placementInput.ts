import { CARD_COMPACT, CARD_FULL, CARD_GAP } from './cardSizes'
import type { CardSize, Point, Rect } from './Rect'

/**
 * What `placeCards` takes, and how it makes any input safe: every number finite and bounded,
 * sizes positive, regions normalised. Placement must never fail or loop on odd input (a NaN
 * from a broken document, a region of negative width), only place cards a little oddly.
 */

/** One card to place: its true point, and optionally the region it must stay inside. */
export interface PlacementItem {
  id: string
  anchor: Point
  region?: Rect
}

/** The two card sizes and the gap kept between cards. */
export interface PlacementOptions {
  full: CardSize
  compact: CardSize
  gap: number
  /**
   * Every region of the view, empty ones too (the four matrix cells). Cards that must leave a
   * full region avoid all of them, so a card leaving «Viktig» never lands among «Lav» cards.
   * Default: the regions of the items.
   */
  regions?: readonly Rect[]
}

/** Where a card is drawn (its centre), at which size, and whether it left its true point. */
export interface PlacedCard {
  id: string
  x: number
  y: number
  width: number
  height: number
  /** Drawn as a compact chip (its region is crowded, or it had to leave it). */
  compact: boolean
  /** Drawn farther than {@link DISPLACED_THRESHOLD} from its true point: draw a marker there. */
  displaced: boolean
}

/** The card sizes of the canvas and the exports. */
export const DEFAULT_PLACEMENT: Readonly<PlacementOptions> = {
  full: CARD_FULL,
  compact: CARD_COMPACT,
  gap: CARD_GAP,
}

/** Anchors are clamped to the document's coordinate range (networkX/Y are within ±10^6). */
export const COORDINATE_LIMIT = 1_000_000
/**
 * Regions are cut to this many units a side (a matrix cell is 600): cards leaving a full region
 * search around all regions, and a region the size of a country would make that search long.
 */
export const MAX_REGION_SIDE = 20_000

/** A region as a string, to group cards by region and to order regions. */
export const rectKey = (r: Rect) => `${r.x},${r.y},${r.width},${r.height}`

function sanitiseNumber(v: number) {
  if (typeof v !== 'number' || Number.isNaN(v)) return 0
  return Math.min(COORDINATE_LIMIT, Math.max(-COORDINATE_LIMIT, v))
}

/** A point with finite coordinates within the coordinate limit (NaN counts as 0). */
export function sanitisePoint(p: Point | undefined): Point {
  return { x: sanitiseNumber(p?.x ?? 0), y: sanitiseNumber(p?.y ?? 0) }
}

/** A region with finite, non-negative size, or undefined when it has no finite extent. */
export function sanitiseRect(r: Rect | undefined): Rect | undefined {
  if (!r || ![r.x, r.y, r.width, r.height].every(Number.isFinite)) return undefined
  const x = sanitiseNumber(Math.min(r.x, r.x + r.width))
  const y = sanitiseNumber(Math.min(r.y, r.y + r.height))
  return {
    x,
    y,
    width: Math.min(Math.abs(r.width), MAX_REGION_SIDE),
    height: Math.min(Math.abs(r.height), MAX_REGION_SIDE),
  }
}

function sanitiseSize(s: CardSize, fallback: CardSize): CardSize {
  const ok = (v: number) => Number.isFinite(v) && v >= 1 && v <= 10_000
  return ok(s.width) && ok(s.height) ? { width: s.width, height: s.height } : { ...fallback }
}

/** Options with sizes of at least a unit, a compact size no larger than the full one. */
export function sanitiseOptions(o: PlacementOptions): PlacementOptions {
  const full = sanitiseSize(o.full, CARD_FULL)
  const compact = sanitiseSize(o.compact, CARD_COMPACT)
  return {
    full,
    // A compact chip is never larger than a full card, so the grid's cells fit both.
    compact: {
      width: Math.min(compact.width, full.width),
      height: Math.min(compact.height, full.height),
    },
    gap: Number.isFinite(o.gap) ? Math.min(1_000, Math.max(0, o.gap)) : CARD_GAP,
    regions: (o.regions ?? []).flatMap((r) => sanitiseRect(r) ?? []),
  }
}
