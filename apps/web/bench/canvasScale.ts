/**
 * `pnpm --filter @samkart/web bench:scale`: large boards against plain React Flow, in one run.
 * Not a test; it prints figures for docs/performance.md and fails nothing.
 *
 * Seeds boards of 500 and 1,000 actors through a real sync client, then in Chromium, for each
 * size, opens (a) the board in Samkart's matrix, with the placement that keeps cards apart, and
 * (b) a plain React Flow page (bench/plain) with the same nodes at the same places, default
 * nodes, no layout. For both it records the time from navigation to the first card and to all
 * cards, then drags the card nearest the middle for 2 s: frame times (p50, p95) and how many
 * pointer moves the card followed per second. Prints each figure and Samkart's ratio to plain.
 */
import { cpus } from 'node:os'
import { type Browser, type Page, chromium } from '@playwright/test'
import { createActor } from '@samkart/model'
import { benchScores } from './benchScores'
import { startBenchServer } from './benchServer'
import { returningUser } from './returningUser'
import { seedBenchBoard } from './seedBenchBoard'

const PORT = Number(process.env.SAMKART_BENCH_PORT ?? 4331)
const BASE = `http://127.0.0.1:${PORT}`
const SIZES = [500, 1000]
const DRAG_MS = 2000

interface Figures {
  firstCard: number
  allCards: number
  p50: number
  p95: number
  movesPerSecond: number
}

/** Records, from navigation start, when the first node and when `count` nodes are in the page. */
const LOAD_PROBE = (count: number) => `(() => {
  const mark = () => {
    const n = document.querySelectorAll('.react-flow__node').length
    if (n > 0 && window.__firstNodeAt === undefined) window.__firstNodeAt = performance.now()
    if (n >= ${count} && window.__allNodesAt === undefined) window.__allNodesAt = performance.now()
  }
  new MutationObserver(mark).observe(document, { childList: true, subtree: true })
})()`

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
      // Interleaved, so a slow moment of the machine does not land on one side only.
      const plain = await measurePage(browser, `${BASE}/bench-plain/index.html?n=${size}`, size)
      const samkart = await measurePage(browser, `${BASE}/b/${board.id}#token=${board.token}`, size)
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
      createActor(doc, { name: `Aktør ${String(i + 1).padStart(3, '0')}`, ...scores }),
    ),
  )

async function measurePage(browser: Browser, url: string, count: number): Promise<Figures> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 860 },
    storageState: returningUser(BASE),
  })
  const page = await context.newPage()
  await page.addInitScript(LOAD_PROBE(count))
  await page.goto(url)
  await page.waitForFunction('window.__allNodesAt !== undefined', undefined, { timeout: 120_000 })
  const [firstCard, allCards] = (await page.evaluate(
    '[window.__firstNodeAt, window.__allNodesAt]',
  )) as [number, number]
  await page.waitForTimeout(1000)
  const drag = await dragNearestCard(page)
  await context.close()
  return { firstCard, allCards, ...drag }
}

/** Drags the node nearest the middle of the window in a circle; frames and moves followed. */
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
  await page.evaluate(`(() => {
    window.__frames = []
    window.__moves = 0
    window.__run = true
    let last = performance.now()
    const tick = (now) => {
      window.__frames.push(now - last)
      last = now
      if (window.__run) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
    // Every style change of a node being dragged is a pointer move the page kept up with.
    new MutationObserver((records) => {
      for (const r of records)
        if (r.target.classList && r.target.classList.contains('dragging')) window.__moves++
    }).observe(document.querySelector('.react-flow__nodes'), {
      attributes: true,
      attributeFilter: ['style'],
      subtree: true,
    })
  })()`)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  const began = Date.now()
  while (Date.now() - began < DRAG_MS) {
    const t = (Date.now() - began) / 400
    await page.mouse.move(start.x + Math.cos(t) * 120 - 120, start.y + Math.sin(t) * 80)
  }
  await page.mouse.up()
  const seconds = (Date.now() - began) / 1000
  const { frames, moves } = (await page.evaluate(
    '(() => { window.__run = false; return { frames: window.__frames.slice(1), moves: window.__moves } })()',
  )) as { frames: number[]; moves: number }
  const sorted = [...frames].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return { p50: at(0.5), p95: at(0.95), movesPerSecond: moves / seconds }
}

function print(rows: { size: number; samkart: Figures; plain: Figures }[]) {
  const ms = (v: number) => `${v.toFixed(0)} ms`
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`
  console.log(
    `\nChromium (headless, no GPU), ${cpus().length} cores, 1366×860, drag ${DRAG_MS} ms\n`,
  )
  console.log('| actors | page | first card | all cards | drag p50 | drag p95 | moves followed/s |')
  console.log('|---|---|---|---|---|---|---|')
  for (const { size, samkart, plain } of rows) {
    for (const [name, f] of [
      ['plain React Flow', plain],
      ['Samkart matrix', samkart],
    ] as const)
      console.log(
        `| ${size} | ${name} | ${ms(f.firstCard)} | ${ms(f.allCards)} | ${f.p50.toFixed(1)} ms | ${f.p95.toFixed(1)} ms | ${f.movesPerSecond.toFixed(0)} |`,
      )
    console.log(
      `| ${size} | **Samkart ÷ plain** | ${ratio(samkart.firstCard, plain.firstCard)} | ${ratio(samkart.allCards, plain.allCards)} | ${ratio(samkart.p50, plain.p50)} | ${ratio(samkart.p95, plain.p95)} | ${ratio(samkart.movesPerSecond, plain.movesPerSecond)} |`,
    )
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
