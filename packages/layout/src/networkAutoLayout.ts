import {
  type SimulationLinkDatum,
  type SimulationNodeDatum,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
} from 'd3-force'
import { CARD_FULL, CARD_GAP } from './cardSizes'
import { initialNetworkPosition, NETWORK_SPACING } from './networkPosition'
import { placeCards } from './placeCards'
import type { CardSize, Point } from './Rect'

/** What {@link networkAutoLayout} lays out. */
export interface NetworkLayoutInput {
  /** Every actor id (order does not matter; duplicates count once). */
  ids: readonly string[]
  /** Relations as (source, target) id pairs; pairs naming unknown ids are ignored. */
  relations: readonly { source: string; target: string }[]
  /** Card size; default {@link CARD_FULL}. */
  size?: CardSize
  /** Space kept between cards; default {@link CARD_GAP}. */
  gap?: number
  /**
   * Where cards are now, to start from (a person's arrangement stays recognisable). Cards
   * without one start on a spiral at the layout's own scale ({@link NETWORK_SPACING}), wider
   * than the view's initial spiral: from that tighter start the forces settle into tangles.
   */
  positions?: ReadonlyMap<string, Point>
  /** Simulation steps; default 300 (d3's own default until it cools down). */
  ticks?: number
}

interface Node extends SimulationNodeDatum {
  id: string
}

/** The seed of the simulation's random source: a constant, so every run is the same. */
const SEED = 0x5a3c_2b1d

/** d3's own choice for `randomSource`: a linear congruential generator, here with a fixed seed. */
function lcg(seed: number): () => number {
  let s = seed >>> 0
  return () => (s = (Math.imul(1664525, s) + 1013904223) >>> 0) / 4294967296
}

/**
 * An automatic layout of the network view («Ordne automatisk»): related actors pulled together,
 * all pushed apart, and none overlapping. d3-force runs a fixed number of ticks with a seeded
 * random source and no timers, from the current positions (or the sunflower), so the same
 * board gives the same layout on every machine; the canvas writes the result to the document
 * so everyone sees it, and anyone can then move cards by hand.
 *
 * The simulation runs in a space squeezed vertically by √(card width / height), so round
 * collision circles keep wide cards apart about as much sideways as up and down; `placeCards`
 * (without regions) then removes any overlap that remains. Positions are whole units and never
 * exactly (0, 0), which the document reads as "not placed yet".
 *
 * @example
 * const positions = networkAutoLayout({ ids, relations, positions: current })
 * for (const [id, p] of positions) placement.network(id, p)
 */
export function networkAutoLayout(input: NetworkLayoutInput): Map<string, Point> {
  const size = input.size ?? CARD_FULL
  const gap = input.gap ?? CARD_GAP
  const ids = [...new Set(input.ids)].sort()
  const known = new Set(ids)
  const squeeze = Math.sqrt((size.width + gap) / (size.height + gap))
  const nodes: Node[] = ids.map((id, i) => {
    const start = input.positions?.get(id)
    const p =
      start && Number.isFinite(start.x) && Number.isFinite(start.y)
        ? start
        : initialNetworkPosition(i, NETWORK_SPACING)
    return { id, x: p.x, y: p.y * squeeze }
  })
  const links: SimulationLinkDatum<Node>[] = input.relations
    .filter((r) => known.has(r.source) && known.has(r.target) && r.source !== r.target)
    .map((r) => [r.source, r.target].sort())
    .sort(([a1, b1], [a2, b2]) =>
      a1! < a2! ? -1 : a1! > a2! ? 1 : b1! < b2! ? -1 : b1! > b2! ? 1 : 0,
    )
    .map(([source, target]) => ({ source: source!, target: target! }))

  const radius = (size.width + gap) / 2
  const simulation = forceSimulation(nodes)
    .randomSource(lcg(SEED))
    .force(
      'link',
      forceLink<Node, SimulationLinkDatum<Node>>(links)
        .id((n) => n.id)
        .distance(NETWORK_SPACING * 0.9),
    )
    .force(
      'charge',
      forceManyBody<Node>()
        .strength(-900)
        .distanceMax(NETWORK_SPACING * 3.5),
    )
    .force('collide', forceCollide<Node>(radius * 1.08).iterations(2))
    // Pulls to the middle keep unrelated actors and separate groups close enough that the whole
    // network fits a laptop screen at a zoom where names still read.
    .force('x', forceX<Node>(0).strength(0.06))
    .force('y', forceY<Node>(0).strength(0.06))
    .stop()
  simulation.tick(Math.max(0, Math.round(input.ticks ?? 300)))

  const placed = placeCards(
    nodes.map((n) => ({
      id: n.id,
      anchor: { x: Math.round(n.x ?? 0), y: Math.round((n.y ?? 0) / squeeze) },
    })),
    { full: size, compact: size, gap },
  )
  const out = new Map<string, Point>()
  for (const id of ids) {
    const p = placed.get(id)!
    const x = Math.round(p.x)
    const y = Math.round(p.y)
    out.set(id, x === 0 && y === 0 ? { x: 1, y: 0 } : { x, y })
  }
  return out
}
