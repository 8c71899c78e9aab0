import type { Actor } from '@samkart/model'
import type { Point } from './Rect'

/**
 * The network's scale, in flow units: «Ordne automatisk» links related cards about 0.9 of it
 * apart and lets cards push each other within 3.5 of it.
 */
export const NETWORK_SPACING = 260
/**
 * The initial spiral's scale near the middle: neighbouring cards about this far apart up and
 * down, ~1.4× that sideways; the closest that keeps cards clear of each other (160 overlaps).
 * At 260 throughout, as before, a 16-actor board opened at ~0.4 zoom on a laptop (names ~8 px).
 */
const SPIRAL_INNER = 180
/** The spiral's first cards at {@link SPIRAL_INNER}; from here it widens… */
const SPIRAL_WIDENS_FROM = 60
/**
 * …to {@link NETWORK_SPACING} here and beyond, where it was before: a big board's network opens
 * at the smallest zoom over its middle, and a spiral that tight throughout put twice the cards
 * in that view (1,959 of 3,000; first card 1.25–1.41 s after the click, the goal is 1 s).
 */
const SPIRAL_WIDE_FROM = 400

/** The spiral's spacing at card `index`: never shrinking outwards, so radii keep growing. */
function spiralSpacing(index: number): number {
  if (index <= SPIRAL_WIDENS_FROM) return SPIRAL_INNER
  if (index >= SPIRAL_WIDE_FROM) return NETWORK_SPACING
  const t = (index - SPIRAL_WIDENS_FROM) / (SPIRAL_WIDE_FROM - SPIRAL_WIDENS_FROM)
  return SPIRAL_INNER + (NETWORK_SPACING - SPIRAL_INNER) * t
}
/** The golden angle: successive cards on a sunflower spiral never line up radially. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5))

/** An actor has a network position once someone has moved it there; (0, 0) means "not yet". */
export const isPlacedInNetwork = (actor: Pick<Actor, 'networkX' | 'networkY'>) =>
  actor.networkX !== 0 || actor.networkY !== 0

/**
 * The initial place of the `index`-th actor (by sorted id) in the network view: a sunflower
 * spiral around the origin, about {@link SPIRAL_INNER} apart in the middle and wider outwards
 * (or `spacing` apart throughout), wider than tall like the cards, so 10 or 150 cards start
 * evenly spread. Deterministic, so everyone sees the same layout, and never written to the
 * document: an actor keeps following it until someone moves its card (or lays the network out
 * automatically).
 */
export function initialNetworkPosition(index: number, spacing = spiralSpacing(index)): Point {
  const radius = spacing * 0.62 * Math.sqrt(index + 0.5)
  const angle = index * GOLDEN_ANGLE
  return {
    x: Math.round(radius * Math.cos(angle) * 1.35),
    y: Math.round(radius * Math.sin(angle) * 0.75),
  }
}

/**
 * Where an actor's card goes in the network view, before collisions are resolved: its saved
 * position, or its place in the initial layout among `sortedIds` (all actor ids, sorted).
 */
export function networkPosition(
  actor: Pick<Actor, 'id' | 'networkX' | 'networkY'>,
  sortedIds: readonly string[],
): Point {
  if (isPlacedInNetwork(actor)) return { x: actor.networkX, y: actor.networkY }
  return initialNetworkPosition(Math.max(0, sortedIds.indexOf(actor.id)))
}

/** A drop exactly on (0, 0) would read as "not placed"; nudge it by a hair instead. */
export function toNetworkCoords(point: Point): { networkX: number; networkY: number } {
  const x = Math.round(point.x)
  const y = Math.round(point.y)
  return x === 0 && y === 0 ? { networkX: 0.5, networkY: 0 } : { networkX: x, networkY: y }
}

/**
 * Every actor's network point (saved, or on the sunflower by sorted id), computed in one pass.
 * The points may overlap (two people dropped cards close together); the canvas and the exports
 * pass them to `placeCards` without regions to get where the cards are drawn.
 */
export function networkAnchors(
  actors: readonly Pick<Actor, 'id' | 'networkX' | 'networkY'>[],
): Map<string, Point> {
  const sorted = actors.map((a) => a.id).sort()
  const index = new Map(sorted.map((id, i) => [id, i]))
  return new Map(
    actors.map((a) => [
      a.id,
      isPlacedInNetwork(a)
        ? { x: a.networkX, y: a.networkY }
        : initialNetworkPosition(index.get(a.id) ?? 0),
    ]),
  )
}
