/**
 * `pnpm --filter @samkart/web bench:scale`: large boards against plain React Flow, in one run.
 * Not a test; it prints figures for docs/performance.md and fails nothing.
 *
 * Seeds boards of 150, 1,000 and 3,000 actors through a real sync client, then in Chromium, for
 * each size, opens (a) the board in Samkart's matrix, with the placement that keeps cards apart,
 * and (b) a plain React Flow page (bench/plain) with the same nodes at the same places, default
 * nodes, no layout, interleaved. For both it records the time from navigation to the first card
 * and to all cards; at 150 and 1,000 it then drags the card nearest the middle for 2 s (frame
 * times, and how many pointer moves the page followed per second), pans from an empty spot of
 * the pane for 2 s and zooms with the wheel for 2 s, and watches a remote participant drag the
 * card nearest the middle for 2 s (bench/remoteDrag.ts). Prints each figure and Samkart's ratio
 * to plain.
 */
import { cpus } from 'node:os'
import { type Browser, type CDPSession, type Page, chromium } from '@playwright/test'
import { createActor } from '@samkart/model'
import { benchScores } from './benchScores'
import { startBenchServer } from './benchServer'
import {
  cardProbe,
  type FrameFigures,
  emptyPanePoint,
  recordFrames,
  waitForCards,
} from './pageProbes'
import {
  type RemoteDragFigures,
  middleCardIndex,
  remoteDragPlain,
  remoteDragSamkart,
} from './remoteDrag'
import { returningUser } from './returningUser'
import { seedBenchBoard } from './seedBenchBoard'

const PORT = Number(process.env.SAMKART_BENCH_PORT ?? 4331)
const BASE = `http://127.0.0.1:${PORT}`
/** Sizes measured with interactions; the last is opened only (load). */
const SIZES = (process.env.BENCH_SIZES ?? '150,1000,3000').split(',').map(Number)
const LOAD_ONLY_FROM = 3000
const ACT_MS = 2000

interface Figures {
  firstCard: number
  allCards: number
  drag?: FrameFigures
  pan?: FrameFigures
  zoom?: FrameFigures
  remote?: RemoteDragFigures
}

/** Plays a remote participant's drag on the open page (see bench/remoteDrag.ts). */
type RemoteDrag = (page: Page, cdp: CDPSession) => Promise<RemoteDragFigures>

async function main() {
  const server = await startBenchServer(
    'scale',
    PORT,
    { SAMKART_MESSAGES_PER_SECOND: '100000' },
    { plainBaseline: true },
  )
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  })
  try {
    const rows: { size: number; samkart: Figures; plain: Figures }[] = []
    for (const size of SIZES) {
      const board = await seedBoard(size)
      const scores = benchScores(size)
      // Samkart first: it picks the card to move remotely, one in view (the plain page shows
      // all); the plain page then moves the same one. Interleaved per size, so a slow moment of
      // the machine does not land on one side only.
      let moving = 0
      const samkart = await measurePage(
        browser,
        `${BASE}/b/${board.id}#token=${board.token}`,
        size,
        async (page, cdp) => {
          moving = await middleCardIndex(page)
          return remoteDragSamkart(page, cdp, PORT, board, moving, scores[moving]!, ACT_MS)
        },
      )
      const plain = await measurePage(
        browser,
        `${BASE}/bench-plain/index.html?n=${size}`,
        size,
        (page, cdp) => remoteDragPlain(page, cdp, moving, scores[moving]!, ACT_MS),
      )
      rows.push({ size, samkart, plain })
    }
    print(rows)
  } finally {
    await browser.close()
    server.stop()
  }
}

const seedBoard = (count: number) =>
  seedBenchBoard(PORT, `Benchmark: ${count} aktører`, (doc) =>
    benchScores(count).forEach((scores, i) =>
      createActor(doc, { name: `Aktør ${String(i + 1).padStart(4, '0')}`, ...scores }),
    ),
  )

async function measurePage(
  browser: Browser,
  url: string,
  count: number,
  remoteDrag: RemoteDrag,
): Promise<Figures> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 860 },
    storageState: returningUser(BASE),
  })
  const page = await context.newPage()
  await page.addInitScript(cardProbe())
  await page.addInitScript(`window.__resetCards(${count})`)
  await page.goto(url)
  const { firstCard, allCards } = await waitForCards(page)
  // An experiment's CSS (BENCH_CSS), to see what a rule costs before changing the app.
  if (process.env.BENCH_CSS) await page.addStyleTag({ content: process.env.BENCH_CSS })
  if (count >= LOAD_ONLY_FROM) {
    await context.close()
    return { firstCard, allCards }
  }
  await page.waitForTimeout(500)
  const drag = await dragNearestCard(page)
  await page.waitForTimeout(500)
  const pan = await panPane(page)
  await page.waitForTimeout(500)
  const zoom = await zoomPane(page)
  await page.waitForTimeout(500)
  const remote = await remoteDrag(page, await context.newCDPSession(page))
  await context.close()
  return { firstCard, allCards, drag, pan, zoom, remote }
}

/** Drags the node nearest the middle of the window in a circle. */
async function dragNearestCard(page: Page) {
  const size = page.viewportSize()!
  const centre = { x: size.width / 2, y: size.height / 2 }
  const boxes = await page
    .locator('.react-flow__node')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))
  const start = boxes
    .map((b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 }))
    .sort(
      (a, b) =>
        Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y),
    )[0]!
  return recordFrames(page, async () => {
    await page.mouse.move(start.x, start.y)
    await page.mouse.down()
    const began = Date.now()
    while (Date.now() - began < ACT_MS) {
      const t = (Date.now() - began) / 400
      await page.mouse.move(start.x + Math.cos(t) * 120 - 120, start.y + Math.sin(t) * 80)
    }
    await page.mouse.up()
  })
}

/** Pans from an empty spot of the pane in a circle. */
async function panPane(page: Page) {
  const from = await emptyPanePoint(page)
  return recordFrames(page, async () => {
    await page.mouse.move(from.x, from.y)
    await page.mouse.down()
    const began = Date.now()
    while (Date.now() - began < ACT_MS) {
      const t = (Date.now() - began) / 300
      await page.mouse.move(from.x - 80 + Math.cos(t) * 80, from.y + Math.sin(t) * 60)
    }
    await page.mouse.up()
  })
}

/** Zooms in and out with the wheel over an empty spot of the pane. */
async function zoomPane(page: Page) {
  const at = await emptyPanePoint(page)
  return recordFrames(page, async () => {
    await page.mouse.move(at.x, at.y)
    const began = Date.now()
    let step = 0
    while (Date.now() - began < ACT_MS) {
      // Four notches in, four out, so the view ends where it began.
      await page.mouse.wheel(0, step++ % 8 < 4 ? -60 : 60)
      await page.waitForTimeout(30)
    }
  })
}

function print(rows: { size: number; samkart: Figures; plain: Figures }[]) {
  const ms = (v: number) => `${v.toFixed(0)} ms`
  const f1 = (v: number | undefined) => (v === undefined ? '' : `${v.toFixed(1)} ms`)
  const n0 = (v: number | undefined) => (v === undefined ? '' : v.toFixed(0))
  const ratio = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? '' : `${(a / b).toFixed(2)}×`
  const pages = (size: number, samkart: Figures, plain: Figures) =>
    [
      ['plain React Flow', plain],
      ['Samkart matrix', samkart],
    ] as const
  console.log(
    `\nChromium (headless, no GPU), ${cpus().length} cores, 1366×860, ${ACT_MS} ms each\n`,
  )
  console.log(
    '| actors | page | first card | all cards | drag p50 | drag p95 | moves followed/s | pan p95 | zoom p95 |',
  )
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const { size, samkart, plain } of rows) {
    for (const [name, f] of pages(size, samkart, plain))
      console.log(
        `| ${size} | ${name} | ${ms(f.firstCard)} | ${ms(f.allCards)} | ${f1(f.drag?.p50)} | ${f1(f.drag?.p95)} | ${n0(f.drag?.movesPerSecond)} | ${f1(f.pan?.p95)} | ${f1(f.zoom?.p95)} |`,
      )
    console.log(
      `| ${size} | **Samkart ÷ plain** | ${ratio(samkart.firstCard, plain.firstCard)} | ${ratio(samkart.allCards, plain.allCards)} | ${ratio(samkart.drag?.p50, plain.drag?.p50)} | ${ratio(samkart.drag?.p95, plain.drag?.p95)} | ${ratio(samkart.drag?.movesPerSecond, plain.drag?.movesPerSecond)} | ${ratio(samkart.pan?.p95, plain.pan?.p95)} | ${ratio(samkart.zoom?.p95, plain.zoom?.p95)} |`,
    )
  }
  console.log(
    `\nA remote participant's drag, in the watching browser (one move per card per 50 ms)\n`,
  )
  console.log('| actors | page | frame p50 | frame p95 | main thread busy per s | moves drawn/s |')
  console.log('|---|---|---|---|---|---|')
  for (const { size, samkart, plain } of rows) {
    if (!samkart.remote || !plain.remote) continue
    for (const [name, f] of pages(size, samkart, plain))
      console.log(
        `| ${size} | ${name} | ${f1(f.remote?.p50)} | ${f1(f.remote?.p95)} | ${ms(f.remote!.busyPerSecond)} | ${n0(f.remote?.shownPerSecond)} |`,
      )
    const [s, p] = [samkart.remote, plain.remote]
    console.log(
      `| ${size} | **Samkart ÷ plain** | ${ratio(s.p50, p.p50)} | ${ratio(s.p95, p.p95)} | ${ratio(s.busyPerSecond, p.busyPerSecond)} | ${ratio(s.shownPerSecond, p.shownPerSecond)} |`,
    )
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
