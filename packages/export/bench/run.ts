/**
 * `pnpm --filter @samkart/export bench`: export timings for docs/performance.md, not a test.
 *
 * Exports a board of 500 actors, 800 relations and 300 touchpoints (the size) and a
 * baseline board a tenth of that size, built in the same run, to every format: PDF, SVG (every
 * view), XLSX, JSON, and the headless PNG (the server's resvg renderer, whole board stacked).
 * Prints the median of several runs per format, the ratio big : baseline and big : JSON, against
 * the targets (PNG < 3 s, PDF < 10 s). Wall-clock and CPU time are both printed: on a
 * shared machine the first includes waiting for a core.
 */
import { cpus, loadavg, totalmem } from 'node:os'
import {
  type BoardData,
  type Scene,
  boardSheetScene,
  boardViews,
  buildScene,
  exportJson,
  exportPdf,
  exportSvg,
  exportXlsx,
  readBoardData,
} from '../src/index'
import { benchBoard } from './benchBoard'

// The headless PNG is the server's (resvg is its dependency): load its renderer as is, so the
// figure is the command's own code path.
const { renderPng } = (await import(
  new URL('../../../apps/server/src/cli/renderPng.ts', import.meta.url).href
)) as {
  renderPng: (
    scene: Scene,
    scale: number,
  ) => { png: Uint8Array; width: number; height: number; scale: number }
}

const RUNS = Number(process.env.BENCH_RUNS ?? 5)

/** Wall-clock and CPU time (this process, all threads) of one call, in ms. */
interface Timing {
  wall: number
  cpu: number
}

/**
 * Median wall-clock and CPU time over `runs` calls after one warm-up. The machine is shared, so
 * wall time includes waiting for a core; CPU time is the work itself, close to what the wall
 * time would be on an idle machine for these single-threaded exports.
 */
async function median(run: () => unknown, runs = RUNS): Promise<Timing> {
  await run() // warm-up: JIT, font metrics, lazy imports
  const times: Timing[] = []
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage()
    const start = performance.now()
    await run()
    const used = process.cpuUsage(cpu)
    times.push({ wall: performance.now() - start, cpu: (used.user + used.system) / 1000 })
  }
  const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  return { wall: mid(times.map((t) => t.wall)), cpu: mid(times.map((t) => t.cpu)) }
}

const formats: { name: string; target?: number; run: (board: BoardData) => unknown }[] = [
  { name: 'JSON', run: (b) => exportJson(b) },
  { name: 'SVG (every view)', run: (b) => boardViews(b).map((v) => exportSvg(b, v)) },
  { name: 'XLSX', run: (b) => exportXlsx(b) },
  { name: 'PDF (A4)', target: 10_000, run: (b) => exportPdf(b) },
  {
    name: 'PNG headless (matrix, 2×)',
    run: (b) => renderPng(buildScene(b, { kind: 'matrix' }), 2),
  },
  {
    name: 'PNG headless (whole board)',
    target: 3_000,
    run: (b) => renderPng(boardSheetScene(b), 1),
  },
]

const baseline = readBoardData(benchBoard({ actors: 50, relations: 80, touchpoints: 30 }))
const big = readBoardData(benchBoard({ actors: 500, relations: 800, touchpoints: 300 }))

console.log(
  `Export benchmark · ${cpus().length} × ${cpus()[0]?.model.trim()} · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version} · load ${loadavg()[0]!.toFixed(1)} · median of ${RUNS}`,
)
console.log(
  'baseline: 50 actors, 80 relations, 30 touchpoints · big: 500 actors, 800 relations, 300 touchpoints\n',
)
const columns = [
  'format',
  'baseline wall / cpu',
  'big wall / cpu',
  'big : base',
  'big : JSON',
  'target',
]
const widths = [28, 22, 22, 11, 11, 0]
const row = (cells: string[]) =>
  console.log(
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '),
  )
row(columns)
let json = 0
const ms = (t: Timing) => `${t.wall.toFixed(1)} / ${t.cpu.toFixed(1)} ms`
for (const format of formats) {
  const small = await median(() => format.run(baseline))
  const large = await median(() => format.run(big))
  if (format.name === 'JSON') json = large.cpu
  const target = format.target
  const verdict =
    target === undefined
      ? ''
      : `< ${target / 1000} s: wall ${large.wall < target ? 'met' : 'missed'}, cpu ${large.cpu < target ? 'met' : 'missed'}`
  row([
    format.name,
    ms(small),
    ms(large),
    `${(large.cpu / small.cpu).toFixed(1)}×`,
    `${(large.cpu / json).toFixed(0)}×`,
    verdict,
  ])
}
const sheet = boardSheetScene(big)
const png = renderPng(sheet, 1)
const pdf = await exportPdf(big)
// The tagged report's size grows with its structure tree: one object per heading, cell, item.
const structElements = new TextDecoder('latin1').decode(pdf).match(/\/S \/\w+/g)?.length ?? 0
console.log(
  `\nbig board: PDF ${pdf.length} bytes, ${structElements} structure elements; PNG ${png.width}×${png.height} px at scale ${png.scale.toFixed(2)} (sheet ${Math.round(sheet.width)}×${Math.round(sheet.height)} units), ${png.png.length} bytes · load ${loadavg()[0]!.toFixed(1)} at the end`,
)
