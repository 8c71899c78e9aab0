/**
 * `pnpm --filter @samkart/web bench`: how smooth the actor map stays with a large board. Not a
 * test; it prints figures for docs/performance.md and fails nothing.
 *
 * Builds the app and starts the real server (as playwright.config.ts does, on a port of its
 * own), seeds two boards through a y-websocket client in Node (the same path as any browser
 * edit, so the server's checks apply): a baseline with 10 actors and 20 relations, and a large
 * one with 150 actors and 300 relations. Then, in Chromium, it drags a card for about 2 s and
 * pans the canvas for about 2 s, in the matrix and in the network view, recording every
 * animation frame's duration. Prints p50 / p95 / max frame time and frames over 33 ms, and the
 * large board's ratio to the baseline measured in the same run.
 */
import { cpus } from 'node:os'
import { type Page, chromium } from '@playwright/test'
import { startBenchServer } from './benchServer'
import { returningUser } from './returningUser'
import { fillRandomBoard } from './fillRandomBoard'
import { seedBenchBoard } from './seedBenchBoard'

const PORT = Number(process.env.SAMKART_BENCH_PORT ?? 4329)
const BASE = `http://127.0.0.1:${PORT}`
const INTERACTION_MS = 2000

interface Figures {
  frames: number
  p50: number
  p95: number
  max: number
  over33: number
}

async function main() {
  const server = await startBenchServer('canvas', PORT, {
    // Seeding writes one message per actor and relation, far over a person's 100/s.
    SAMKART_MESSAGES_PER_SECOND: '100000',
  })
  try {
    const small = await seedBoard('Benchmark: 10 aktører', 10, 20)
    const large = await seedBoard('Benchmark: 150 aktører', 150, 300)

    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
    })
    const results: { board: string; view: string; action: string; figures: Figures }[] = []
    for (const [label, board] of [
      ['10 actors, 20 relations', small],
      ['150 actors, 300 relations', large],
    ] as const) {
      const page = await browser.newPage({
        viewport: { width: 1366, height: 860 },
        storageState: returningUser(BASE),
      })
      await page.goto(`${BASE}/b/${board.id}#token=${board.token}`)
      await page.getByRole('status').filter({ hasText: 'Live' }).waitFor()
      for (const view of ['Matrise', 'Nettverk']) {
        await page
          .getByRole('group', { name: 'Visning' })
          .getByRole('radio', { name: view })
          .check({ force: true })
        await page
          .locator('.react-flow__node')
          .nth(board.actors - 1)
          .waitFor()
        await page
          .locator('.react-flow__edge')
          .nth(board.relations - 1)
          .waitFor({ state: 'attached' })
        await page.waitForTimeout(500)
        results.push({ board: label, view, action: 'drag a card', figures: await dragCard(page) })
        results.push({ board: label, view, action: 'pan', figures: await pan(page) })
      }
      await page.close()
    }
    await browser.close()
    print(results)
  } finally {
    server.stop()
  }
}

/** Creates a board and fills it through a real sync client: seeded actors and relations. */
async function seedBoard(title: string, actors: number, relations: number) {
  const board = await seedBenchBoard(PORT, title, (doc) => fillRandomBoard(doc, actors, relations))
  return { ...board, actors, relations }
}

/** Records rAF intervals in the page for `ms` while `act` runs. */
async function measure(page: Page, act: () => Promise<void>): Promise<Figures> {
  // Strings, not functions: tsx's transform would add helpers that do not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = []
    window.__run = true
    let last = performance.now()
    const tick = (now) => {
      window.__frames.push(now - last)
      last = now
      if (window.__run) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })()`)
  await act()
  const frames = await page.evaluate<number[]>(
    '(() => { window.__run = false; return window.__frames.slice(1) })()',
  )
  const sorted = [...frames].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return {
    frames: frames.length,
    p50: at(0.5),
    p95: at(0.95),
    max: sorted.at(-1) ?? 0,
    over33: frames.filter((f) => f > 33).length,
  }
}

/** Drags the card nearest the canvas centre in a circle for {@link INTERACTION_MS}. */
async function dragCard(page: Page): Promise<Figures> {
  const canvas = (await page.locator('.samkart-canvas').boundingBox())!
  const cx = canvas.x + canvas.width / 2
  const cy = canvas.y + canvas.height / 2
  const boxes = await page
    .locator('.react-flow__node')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))
  const card = boxes
    .map((b) => ({ x: b.x + b.width / 2, y: b.y + 10 }))
    .sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy))[0]!
  return measure(page, async () => {
    await page.mouse.move(card.x, card.y)
    await page.mouse.down()
    const start = Date.now()
    while (Date.now() - start < INTERACTION_MS) {
      const t = (Date.now() - start) / 400
      await page.mouse.move(card.x + Math.cos(t) * 120 - 120, card.y + Math.sin(t) * 80)
    }
    await page.mouse.up()
  })
}

/** Pans the canvas back and forth from an empty corner for {@link INTERACTION_MS}. */
async function pan(page: Page): Promise<Figures> {
  const canvas = (await page.locator('.samkart-canvas').boundingBox())!
  const x = canvas.x + canvas.width - 90
  const y = canvas.y + 20
  return measure(page, async () => {
    await page.mouse.move(x, y)
    await page.mouse.down()
    const start = Date.now()
    while (Date.now() - start < INTERACTION_MS) {
      const t = (Date.now() - start) / 300
      await page.mouse.move(x - 150 + Math.cos(t) * 150, y + 100 + Math.sin(t) * 80)
    }
    await page.mouse.up()
  })
}

function print(results: { board: string; view: string; action: string; figures: Figures }[]) {
  const ms = (v: number) => `${v.toFixed(1)} ms`
  console.log(
    `\nChromium (headless, no GPU), ${cpus().length} cores, ${INTERACTION_MS} ms per run\n`,
  )
  console.log(
    '| board | view | action | frames | p50 | p95 | max | frames > 33 ms | p95 vs 10 actors |',
  )
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const r of results) {
    const base = results.find(
      (b) => b.board.startsWith('10 ') && b.view === r.view && b.action === r.action,
    )!
    const f = r.figures
    console.log(
      `| ${r.board} | ${r.view} | ${r.action} | ${f.frames} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.max)} | ${f.over33} | ${(f.p95 / base.figures.p95).toFixed(2)}× |`,
    )
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
