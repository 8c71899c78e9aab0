/**
 * `pnpm --filter @samkart/layout bench`: placement timings for docs/performance.md, not a test.
 *
 * Lays out 1,000 and 5,000 cards three ways (a matrix with random scores, a spread-out network,
 * and a pile on one point) with `placeCards`, and, in the same run, with a naive baseline: the
 * same try-the-point-then-spiral idea, but checking each candidate against every placed card
 * instead of a spatial hash grid and without resuming searches. Prints the median of several
 * runs. The targets: 1,000 cards well under one 16 ms frame, 5,000 well under 100 ms. Then
 * times the network's automatic layout, which runs once per click.
 */
import {
  CARD_FULL,
  CARD_GAP,
  type CentredBox,
  DEFAULT_PLACEMENT,
  type PlacementItem,
  type Point,
  boxesOverlap,
  matrixCellRect,
  matrixRegion,
  networkAutoLayout,
  placeCards,
  scoresToPosition,
} from '../src/index'

// The bench runs under Node (tsx); the package itself knows no Node globals.
declare const process: { cpuUsage(previous?: CpuUsage): CpuUsage }
interface CpuUsage {
  user: number
  system: number
}

const RUNS = 15
const CELLS = (['high-high', 'high-low', 'low-high', 'low-low'] as const).map((c) =>
  matrixCellRect(c),
)

/** A seeded linear congruential generator, so every run lays out the same boards. */
function lcg(seed: number) {
  let s = seed >>> 0
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32
}

function matrixBoard(n: number): PlacementItem[] {
  const r = lcg(n)
  return Array.from({ length: n }, (_, i) => {
    const s = { importance: r(), substitutability: r() }
    return { id: `a${i}`, anchor: scoresToPosition(s), region: matrixRegion(s) }
  })
}

function networkBoard(n: number): PlacementItem[] {
  const r = lcg(n + 1)
  const side = Math.sqrt(n) * 320
  return Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    anchor: { x: Math.round(r() * side), y: Math.round(r() * side * 0.6) },
  }))
}

const pile = (n: number): PlacementItem[] =>
  Array.from({ length: n }, (_, i) => ({ id: `a${i}`, anchor: { x: 0, y: 0 } }))

/** The baseline: nearest free spot on a half-pitch spiral, checked against every card. */
function naive(items: readonly PlacementItem[]): Map<string, Point> {
  const placed: CentredBox[] = []
  const out = new Map<string, Point>()
  const sx = (CARD_FULL.width + CARD_GAP) / 2
  const sy = (CARD_FULL.height + CARD_GAP) / 2
  for (const item of [...items].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (let ring = 0; ; ring++) {
      let spot: CentredBox | undefined
      for (let i = -ring; i <= ring && !spot; i++)
        for (let j = -ring; j <= ring && !spot; j++) {
          if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue
          const box = { x: item.anchor.x + i * sx, y: item.anchor.y + j * sy, ...CARD_FULL }
          if (!placed.some((p) => boxesOverlap(p, box, CARD_GAP))) spot = box
        }
      if (spot) {
        placed.push(spot)
        out.set(item.id, spot)
        break
      }
    }
  }
  return out
}

/**
 * Median wall-clock and CPU time of `runs` calls in ms, after warming up for about half a
 * second. The machine is shared: wall time includes waiting for a core, CPU time is the work.
 */
function median(run: () => unknown, runs = RUNS, warm = true): { wall: number; cpu: number } {
  for (const start = performance.now(); warm && performance.now() - start < 500;) run()
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const used = process.cpuUsage()
    const start = performance.now()
    run()
    wall.push(performance.now() - start)
    const d = process.cpuUsage(used)
    cpu.push((d.user + d.system) / 1000)
  }
  const mid = (v: number[]) => v.sort((a, b) => a - b)[Math.floor(v.length / 2)]!
  return { wall: mid(wall), cpu: mid(cpu) }
}

console.log(
  `placeCards benchmark · median of ${RUNS} runs after ½ s of warm-up; the baseline: one run\n`,
)
const widths = [34, 7, 22, 24, 10]
console.log(
  ['board', 'cards', 'placeCards wall / cpu', 'naive wall / cpu', 'cpu ratio']
    .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
    .join(''),
)
const boards: [string, (n: number) => PlacementItem[]][] = [
  ['matrix, random scores, 4 cells', matrixBoard],
  ['network, spread out (no regions)', networkBoard],
  ['pile: every card on one point', pile],
]
for (const [name, make] of boards)
  for (const n of [1_000, 5_000]) {
    const items = make(n)
    const fast = median(() => placeCards(items, { ...DEFAULT_PLACEMENT, regions: CELLS }))
    // The baseline is quadratic or worse in crowds: timed once, and not at all where one run
    // would take minutes.
    const crowded = !name.startsWith('network')
    const slow = n > 1_000 && crowded ? undefined : median(() => naive(items), 1, false)
    const ms = (t: { wall: number; cpu: number }, digits: number) =>
      `${t.wall.toFixed(digits)} / ${t.cpu.toFixed(digits)} ms`
    console.log(
      [
        name.padEnd(34),
        String(n).padStart(7),
        ms(fast, 2).padStart(22),
        (slow ? ms(slow, 0) : 'minutes').padStart(24),
        (slow ? `${(slow.cpu / fast.cpu).toFixed(0)}×` : '').padStart(10),
      ].join(''),
    )
  }

// «Ordne automatisk» runs once per click, not per frame: d3-force's 300 ticks dominate.
console.log('\nnetworkAutoLayout (300 ticks, then placeCards), relations = 1.6 × actors')
for (const n of [150, 500, 1_000]) {
  const r = lcg(n + 2)
  const ids = Array.from({ length: n }, (_, i) => `a${i}`)
  const relations = Array.from({ length: Math.round(n * 1.6) }, () => ({
    source: ids[Math.floor(r() * n)]!,
    target: ids[Math.floor(r() * n)]!,
  }))
  const t = median(() => networkAutoLayout({ ids, relations }), 3, false)
  console.log(`${String(n).padStart(6)} actors  ${t.wall.toFixed(0)} / ${t.cpu.toFixed(0)} ms`)
}
