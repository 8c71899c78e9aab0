/**
 * `pnpm --filter @samkart/export bench`: export timings for docs/performance.md, not a test.
 *
 * Exports a board of 500 actors, 800 relations and 300 touchpoints (the issue's size) and a
 * baseline board a tenth of that size, built in the same run, to every format: PDF, SVG (every
 * view), XLSX, JSON, and the headless PNG (the server's resvg renderer, whole board stacked).
 * Prints the median of several runs per format and the ratio big : baseline, against the
 * issue's targets (PNG < 3 s, PDF < 10 s).
 */
import { cpus, loadavg, totalmem } from 'node:os'
import {
  type BoardData,
  type Scene,
  boardSheetScene,
  boardViews,
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

async function median(run: () => unknown | Promise<unknown>, runs = RUNS): Promise<number> {
  await run() // warm-up: JIT, font metrics, lazy imports
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

const formats: { name: string; target?: number; run: (board: BoardData) => unknown }[] = [
  { name: 'JSON', run: (b) => exportJson(b) },
  { name: 'SVG (every view)', run: (b) => boardViews(b).map((v) => exportSvg(b, v)) },
  { name: 'XLSX', run: (b) => exportXlsx(b) },
  { name: 'PDF (A4)', target: 10_000, run: (b) => exportPdf(b) },
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
  `baseline: 50 actors, 80 relations, 30 touchpoints · big: 500 actors, 800 relations, 300 touchpoints\n`,
)
console.log(
  'format                        baseline ms     big ms   big : baseline   big : JSON   target',
)
let json = 0
for (const format of formats) {
  const small = await median(() => format.run(baseline))
  const large = await median(() => format.run(big))
  if (format.name === 'JSON') json = large
  const verdict =
    format.target === undefined
      ? ''
      : large < format.target
        ? `< ${format.target / 1000} s ✓`
        : `< ${format.target / 1000} s ✗`
  console.log(
    `${format.name.padEnd(28)} ${small.toFixed(1).padStart(11)} ${large.toFixed(1).padStart(10)} ${`${(large / small).toFixed(1)}×`.padStart(16)} ${`${(large / json).toFixed(0)}×`.padStart(12)}   ${verdict}`,
  )
}
const sheet = boardSheetScene(big)
const png = renderPng(sheet, 1)
const pdf = await exportPdf(big)
console.log(
  `\nbig board: PDF ${pdf.length} bytes; PNG ${png.width}×${png.height} px at scale ${png.scale.toFixed(2)} (sheet ${Math.round(sheet.width)}×${Math.round(sheet.height)} units), ${png.png.length} bytes`,
)
