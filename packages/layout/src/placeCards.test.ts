import fc from 'fast-check'
import { BOARD_TEMPLATES } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import { CARD_COMPACT, CARD_FULL, CARD_GAP, POSITION_TOLERANCE } from './cardSizes'
import { MATRIX_SIZE, matrixCellRect, matrixRegion, scoresToPosition } from './matrixGeometry'
import { placeCards, slackGap } from './placeCards'
import { placementBound, regionCapacity } from './placementBound'
import { DEFAULT_PLACEMENT, type PlacedCard, type PlacementItem } from './placementInput'
import { type Rect, boxesOverlap, clampInto, inset } from './Rect'

const GAP = CARD_GAP
const CELLS = (['high-high', 'high-low', 'low-high', 'low-low'] as const).map((c) =>
  matrixCellRect(c),
)

/** Every pair of cards that comes closer than the gap allows (less the stated tolerance). */
function overlaps(
  placed: Map<string, PlacedCard>,
  gap = GAP - POSITION_TOLERANCE,
): [string, string][] {
  const cards = [...placed.values()]
  const bad: [string, string][] = []
  for (let i = 0; i < cards.length; i++)
    for (let j = i + 1; j < cards.length; j++)
      if (boxesOverlap(cards[i]!, cards[j]!, gap - 1e-6)) bad.push([cards[i]!.id, cards[j]!.id])
  return bad
}

const inside = (c: PlacedCard, r: Rect) =>
  c.x - c.width / 2 >= r.x - 1e-6 &&
  c.x + c.width / 2 <= r.x + r.width + 1e-6 &&
  c.y - c.height / 2 >= r.y - 1e-6 &&
  c.y + c.height / 2 <= r.y + r.height + 1e-6

const intersects = (c: PlacedCard, r: Rect) =>
  Math.abs(c.x - (r.x + r.width / 2)) < (c.width + r.width) / 2 - 1e-6 &&
  Math.abs(c.y - (r.y + r.height / 2)) < (c.height + r.height) / 2 - 1e-6

/** Matrix items from scores, each in the cell its scores fall in. */
const matrixItems = (scores: { importance: number; substitutability: number }[]) =>
  scores.map((s, i) => ({
    id: `a${String(i).padStart(4, '0')}`,
    anchor: scoresToPosition(s),
    region: matrixRegion(s),
  }))

const score = fc.double({ min: 0, max: 1, noNaN: true })
const scoresArb = fc.array(fc.record({ importance: score, substitutability: score }), {
  maxLength: 80,
})

/** Anything at all: odd numbers, duplicate ids, regions that are tiny, huge or overlapping. */
const wildNumber = fc.oneof(
  fc.double({ min: -2000, max: 2000, noNaN: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, 1e9, -0),
  fc.integer({ min: -3, max: 3 }).map((v) => v * 100),
)
const wildItems = fc.array(
  fc.record(
    {
      id: fc.oneof(fc.constantFrom('a', 'b', 'c', 'd'), fc.string({ maxLength: 4 })),
      anchor: fc.record({ x: wildNumber, y: wildNumber }),
      region: fc.oneof(
        fc.constantFrom(...CELLS),
        fc.record({
          x: wildNumber,
          y: wildNumber,
          width: fc.oneof(wildNumber, fc.constant(250)),
          height: fc.oneof(wildNumber, fc.constant(90)),
        }),
      ),
    },
    { requiredKeys: ['id', 'anchor'] },
  ),
  { maxLength: 60 },
)

describe('placeCards', () => {
  it('puts a card whose spot is free exactly on its point, at full size', () => {
    const placed = placeCards([
      { id: 'a', anchor: { x: 900, y: 100 }, region: CELLS[1] },
      { id: 'b', anchor: { x: 300, y: 600 }, region: CELLS[2] },
      { id: 'n', anchor: { x: -5000, y: 40 } },
    ])
    expect(placed.get('a')).toEqual({
      id: 'a',
      x: 900,
      y: 100,
      width: CARD_FULL.width,
      height: CARD_FULL.height,
      compact: false,
      displaced: false,
    })
    expect(placed.get('n')).toMatchObject({ x: -5000, y: 40, displaced: false })
  })

  it('moves a card at the very edge inside its cell and marks it displaced', () => {
    const placed = placeCards([{ id: 'a', anchor: { x: 1200, y: 0 }, region: CELLS[1] }])
    const a = placed.get('a')!
    expect(inside(a, CELLS[1]!)).toBe(true)
    expect(a.displaced).toBe(true)
    expect(a.x).toBe(1200 - GAP / 2 - CARD_FULL.width / 2)
  })

  it('[P1] never lets two cards overlap, whatever the input', () => {
    fc.assert(
      fc.property(wildItems, (items) => {
        const placed = placeCards(items as PlacementItem[])
        expect(overlaps(placed)).toEqual([])
        expect(placed.size).toBe(new Set(items.map((i) => i.id)).size)
        for (const c of placed.values()) {
          expect(Number.isFinite(c.x) && Number.isFinite(c.y)).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('[P1] spreads 500 cards on one point without overlap, within the stated bound', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ id: `c${i}`, anchor: { x: 10, y: 10 } }))
    const placed = placeCards(items)
    expect(overlaps(placed)).toEqual([])
    const bound = placementBound(items[0]!, items)
    for (const c of placed.values())
      expect(Math.hypot(c.x - 10, c.y - 10)).toBeLessThanOrEqual(bound)
    // The first card by id keeps the point; the pile is a compact blob, far inside the bound.
    expect(placed.get('c0')).toMatchObject({ x: 10, y: 10, displaced: false })
    const farthest = Math.max(...[...placed.values()].map((c) => Math.hypot(c.x - 10, c.y - 10)))
    expect(farthest).toBeLessThan(bound / 2)
  })

  it('[P1, P2] fills a cell of 500 cards with chips and sends the rest outside every cell', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({
      id: `c${i}`,
      anchor: { x: 900, y: 200 },
      region: CELLS[1],
    }))
    const placed = placeCards(items, { ...DEFAULT_PLACEMENT, regions: CELLS })
    expect(overlaps(placed)).toEqual([])
    const cards = [...placed.values()]
    expect(cards.every((c) => c.compact)).toBe(true)
    const inCell = cards.filter((c) => inside(c, CELLS[1]!))
    expect(inCell).toHaveLength(regionCapacity(CELLS[1]!, CARD_COMPACT, GAP))
    for (const c of cards.filter((c) => !inside(c, CELLS[1]!))) {
      expect(c.displaced).toBe(true)
      for (const cell of CELLS) expect(intersects(c, cell)).toBe(false)
    }
  })

  it('[P2] keeps every card in its cell when the cell can hold them, shrinking crowded cells', () => {
    fc.assert(
      fc.property(scoresArb, (scores) => {
        const items = matrixItems(scores)
        const placed = placeCards(items)
        expect(overlaps(placed)).toEqual([])
        for (const cell of CELLS) {
          const mine = items.filter((i) => i.region === cell || sameRect(i.region, cell))
          const cards = mine.map((i) => placed.get(i.id)!)
          const compact = mine.length > regionCapacity(cell, CARD_FULL, GAP)
          for (const c of cards) expect(c.compact).toBe(compact)
          const capacity = regionCapacity(cell, CARD_COMPACT, GAP)
          const kept = cards.filter((c) => inside(c, cell)).length
          expect(kept).toBe(Math.min(capacity, cards.length))
        }
      }),
      { numRuns: 200 },
    )
  })

  it('[P3] keeps each card within the stated distance of its true point', () => {
    fc.assert(
      fc.property(fc.oneof(wildItems, scoresArb.map(matrixItems)), (items) => {
        const placed = placeCards(items as PlacementItem[])
        const clamp = (v: number) => (Number.isNaN(v) ? 0 : Math.max(-1e6, Math.min(1e6, v)))
        for (const item of items) {
          const c = placed.get(item.id)!
          const d = Math.hypot(c.x - clamp(item.anchor.x), c.y - clamp(item.anchor.y))
          // Duplicate ids: only the kept item's anchor counts.
          if (items.filter((i) => i.id === item.id).length > 1) continue
          expect(d).toBeLessThanOrEqual(
            placementBound(item as PlacementItem, items as PlacementItem[]),
          )
        }
      }),
      { numRuns: 200 },
    )
  })

  it('[P4] gives the same layout for the same items in any order', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(wildItems, scoresArb.map(matrixItems))
          .chain((items) =>
            fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length })),
          ),
        ([items, shuffled]) => {
          const a = placeCards(items as PlacementItem[])
          const b = placeCards(shuffled as PlacementItem[])
          const sorted = (m: Map<string, PlacedCard>) =>
            [...m.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
          expect(sorted(b)).toEqual(sorted(a))
        },
      ),
      { numRuns: 200 },
    )
  })

  it('[P5] moving one point a little changes nothing far away', () => {
    fc.assert(
      fc.property(
        scoresArb,
        fc.array(
          fc.record({ x: fc.integer({ min: 0, max: 900 }), y: fc.integer({ min: 0, max: 600 }) }),
          {
            minLength: 1,
            maxLength: 40,
          },
        ),
        fc.nat(),
        fc.integer({ min: -30, max: 30 }),
        fc.integer({ min: -30, max: 30 }),
        (scores, points, pick, dx, dy) => {
          // A matrix and, far to its right, a cluster of free cards (the network view's kind).
          const far = points.map((p, i) => ({ id: `n${i}`, anchor: { x: 10_000 + p.x, y: p.y } }))
          const matrix = matrixItems(scores)
          const before = placeCards([...matrix, ...far])
          const moved = [...far]
          const k = pick % far.length
          moved[k] = {
            ...moved[k]!,
            anchor: { x: moved[k]!.anchor.x + dx, y: moved[k]!.anchor.y + dy },
          }
          const after = placeCards([...matrix, ...moved])
          for (const item of matrix) expect(after.get(item.id)).toEqual(before.get(item.id))
          // Within the cluster, cards well away from the moved one keep their place too.
          const centre = moved[k]!.anchor
          for (const item of far) {
            const b = before.get(item.id)!
            if (Math.hypot(b.x - centre.x, b.y - centre.y) > 3_000 && !connected(before, b, centre))
              expect(after.get(item.id)).toEqual(b)
          }
        },
      ),
      { numRuns: 150 },
    )
  })

  it('[P5] puts every free card whose true point is free exactly on it', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ x: fc.integer({ min: 0, max: 1500 }), y: fc.integer({ min: 0, max: 900 }) }),
          {
            maxLength: 60,
          },
        ),
        (points) => {
          const items = points.map((p, i) => ({ id: `n${i}`, anchor: p }))
          const placed = placeCards(items)
          for (const item of items) {
            const c = placed.get(item.id)!
            const atAnchor = { ...c, x: item.anchor.x, y: item.anchor.y }
            const blocked = [...placed.values()].some(
              (o) => o.id !== c.id && boxesOverlap(atAnchor, o, slackGap(GAP)),
            )
            if (!blocked)
              expect(c).toMatchObject({ x: item.anchor.x, y: item.anchor.y, displaced: false })
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('[P5] puts every matrix card whose point is free exactly on it, edges included', () => {
    fc.assert(
      fc.property(scoresArb, (scores) => {
        const items = matrixItems(scores)
        const placed = placeCards(items)
        for (const item of items) {
          const c = placed.get(item.id)!
          // Its true point, moved inside its cell far enough for the card to fit.
          const target = clampInto(item.anchor, inset(item.region, GAP / 2), c)
          const there = { ...c, ...target }
          const blocked = [...placed.values()].some(
            (o) => o.id !== c.id && boxesOverlap(there, o, slackGap(GAP)),
          )
          if (!blocked) expect(c).toMatchObject(target)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('lays out every template readably: no overlap, every card in its cell, full size', () => {
    for (const template of Object.values(BOARD_TEMPLATES)) {
      const items = template.actors.map((a) => {
        const s = { importance: a.importance ?? 0.5, substitutability: a.substitutability ?? 0.5 }
        return { id: a.key, anchor: scoresToPosition(s), region: matrixRegion(s) }
      })
      const placed = placeCards(items, DEFAULT_PLACEMENT)
      expect(overlaps(placed), template.id).toEqual([])
      for (const item of items) expect(inside(placed.get(item.id)!, item.region)).toBe(true)
      expect(
        [...placed.values()].every((c) => !c.compact),
        template.id,
      ).toBe(true)
      expect(MATRIX_SIZE.width).toBe(1200)
    }
  })
})

function sameRect(a: Rect | undefined, b: Rect) {
  return !!a && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height
}

/**
 * Whether a card is part of the same crowd as the point: reachable through cards that are
 * closer than two card pitches to each other. Only cards outside that crowd must stay put.
 */
function connected(
  placed: Map<string, PlacedCard>,
  card: PlacedCard,
  point: { x: number; y: number },
) {
  const cards = [...placed.values()]
  const near = (a: { x: number; y: number }, b: { x: number; y: number }) =>
    Math.abs(a.x - b.x) < 2 * (CARD_FULL.width + GAP) &&
    Math.abs(a.y - b.y) < 2 * (CARD_FULL.height + GAP)
  const seen = new Set<PlacedCard>()
  const queue = cards.filter((c) => near(c, point))
  for (const c of queue) seen.add(c)
  while (queue.length > 0) {
    const c = queue.pop()!
    if (c === card) return true
    for (const o of cards)
      if (!seen.has(o) && near(o, c)) {
        seen.add(o)
        queue.push(o)
      }
  }
  return false
}
