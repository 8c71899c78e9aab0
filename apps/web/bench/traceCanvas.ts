/**
 * `pnpm --filter @samkart/web bench:trace`: where a big board's time goes, for finding a cost
 * before changing anything. Not a test and not a benchmark: it prints the renderer's busiest
 * trace events and JavaScript functions.
 *
 * Seeds one board of `TRACE_ACTORS` actors (default 1,000), opens it in Samkart's matrix and
 * records, with Chromium's tracing and CPU profiler, (1) the load from navigation until every
 * card is on the page and (2) a 2 s drag of the card nearest the middle. For each it prints
 * the top trace events by total time on the renderer's main thread (style recalculation,
 * layout, event dispatch, …) and the top JavaScript functions by self time.
 */
import { writeFileSync } from 'node:fs'
import { type CDPSession, type Page, chromium } from '@playwright/test'
import { RELATION_TYPES, createActor, createRelation } from '@samkart/model'
import { benchScores } from './benchScores'
import { LAYOUT_CALLERS_PROBE, printLayoutCallers } from './layoutCallers'
import { printLoadTimeline } from './loadTimeline'
import { cardProbe, waitForCards } from './pageProbes'
import { type CpuProfile, printProfile, printTrace } from './profileReport'
import { startBenchServer } from './benchServer'
import { returningUser } from './returningUser'
import { seedBenchBoard } from './seedBenchBoard'

const PORT = Number(process.env.SAMKART_BENCH_PORT ?? 4335)
const BASE = `http://127.0.0.1:${PORT}`
const ACTORS = Number(process.env.TRACE_ACTORS ?? 1000)
const RELATIONS = Number(process.env.TRACE_RELATIONS ?? 0)
/**
 * Views to switch to after the load, one after the other, tracing each switch (their radios'
 * names, comma-separated), if any.
 */
const VIEWS = process.env.TRACE_VIEW?.split(',').filter(Boolean) ?? []
/** How long a switch's recording goes on once its cards are there (TRACE_SETTLE_MS). */
const SETTLE_MS = Number(process.env.TRACE_SETTLE_MS ?? 0)
const TOP = 14
const LAYOUT_CALLERS = process.env.TRACE_LAYOUT_CALLERS === '1'
/** Also list the main thread's tasks between the sync's arrival and the first card. */
const TIMELINE = process.env.TRACE_TIMELINE === '1'

async function main() {
  const server = await startBenchServer('trace', PORT, { SAMKART_MESSAGES_PER_SECOND: '100000' })
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  })
  try {
    const board = await seedBenchBoard(PORT, `Trace: ${ACTORS} aktører`, (doc) => {
      const ids: string[] = []
      benchScores(ACTORS).forEach((scores, i) => {
        const made = createActor(doc, {
          name: `Aktør ${String(i + 1).padStart(4, '0')}`,
          ...scores,
        })
        if (made.ok) ids.push(made.value)
      })
      for (let i = 0; i < RELATIONS; i++)
        createRelation(doc, {
          source: ids[(i * 7) % ids.length]!,
          target: ids[(i * 13 + 1) % ids.length]!,
          type: RELATION_TYPES[i % RELATION_TYPES.length]!,
          strength: 0.5,
        })
    })
    const context = await browser.newContext({
      viewport: { width: 1366, height: 860 },
      storageState: returningUser(BASE),
    })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await page.addInitScript(cardProbe())
    await page.addInitScript(`window.__resetCards(${ACTORS})`)
    // TRACE_LAYOUT_CALLERS=1: also count who forces style/layout (slows the page; times are off).
    if (LAYOUT_CALLERS) await page.addInitScript(LAYOUT_CALLERS_PROBE)
    // Until every card is on the page, or those in view on a culled canvas (see waitForCards).
    await record('load', page, cdp, async () => {
      await page.goto(`${BASE}/b/${board.id}#token=${board.token}`)
      await waitForCards(page)
    })
    // An experiment's CSS (TRACE_CSS), to see what a rule costs before changing the app.
    if (process.env.TRACE_CSS) await page.addStyleTag({ content: process.env.TRACE_CSS })
    await page.waitForTimeout(1000)
    for (const view of VIEWS) {
      await page.waitForTimeout(4000)
      await page.evaluate(`window.__resetCards(${ACTORS})`)
      await record(`switch to ${view}`, page, cdp, async () => {
        await page
          .getByRole('group', { name: 'Visning' })
          .getByRole('radio', { name: view })
          .check({ force: true })
        await waitForCards(page)
        // Raster on the worker threads and deferred renders go on after the cards are there.
        await page.waitForTimeout(SETTLE_MS)
      })
    }
    await record('drag', page, cdp, () => drag(page))
    await context.close()
  } finally {
    await browser.close()
    server.stop()
  }
}

/** Traces and profiles `action`, then prints what took the time. */
async function record(label: string, page: Page, cdp: CDPSession, action: () => Promise<void>) {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await browser(page).startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink',
      'blink.user_timing',
      'v8',
    ],
  })
  await cdp.send('Profiler.start')
  const began = Date.now()
  await action()
  const wall = Date.now() - began
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
  const buffer = await browser(page).stopTracing()
  console.log(`\n## ${label} (${ACTORS} actors, ${wall} ms wall)\n`)
  printTrace(buffer, TOP)
  printProfile(profile, TOP)
  if (TIMELINE && label === 'load') printLoadTimeline(buffer, profile)
  if (LAYOUT_CALLERS) await printLayoutCallers(page)
  // For a closer look (inclusive times, callers): load the file in Chromium's DevTools.
  if (process.env.TRACE_PROFILE_OUT) {
    writeFileSync(`${process.env.TRACE_PROFILE_OUT}-${label}.cpuprofile`, JSON.stringify(profile))
    writeFileSync(`${process.env.TRACE_PROFILE_OUT}-${label}.trace.json`, buffer)
  }
}

const browser = (page: Page) => page.context().browser()!

/** Drags the card nearest the middle in a circle for 2 s. */
async function drag(page: Page) {
  const size = page.viewportSize()!
  const boxes = await page
    .locator('.react-flow__node')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))
  const start = boxes
    .map((b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 }))
    .sort(
      (a, b) =>
        Math.hypot(a.x - size.width / 2, a.y - size.height / 2) -
        Math.hypot(b.x - size.width / 2, b.y - size.height / 2),
    )[0]!
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  const began = Date.now()
  while (Date.now() - began < 2000) {
    const t = (Date.now() - began) / 400
    await page.mouse.move(start.x + Math.cos(t) * 120 - 120, start.y + Math.sin(t) * 80)
  }
  await page.mouse.up()
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
