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
import { CARD_PROBE, waitForCards } from './pageProbes'
import { startBenchServer } from './benchServer'
import { returningUser } from './returningUser'
import { seedBenchBoard } from './seedBenchBoard'

const PORT = Number(process.env.SAMKART_BENCH_PORT ?? 4335)
const BASE = `http://127.0.0.1:${PORT}`
const ACTORS = Number(process.env.TRACE_ACTORS ?? 1000)
const RELATIONS = Number(process.env.TRACE_RELATIONS ?? 0)
/** A view to switch to after the load and trace the switch of (its radio's name), if any. */
const VIEW = process.env.TRACE_VIEW
const TOP = 14

interface TraceEvent {
  name: string
  ph: string
  dur?: number
  tid: number
  pid: number
  args?: { data?: { frame?: string } }
}

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}

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
    await page.addInitScript(CARD_PROBE)
    await page.addInitScript(`window.__resetCards(${ACTORS})`)
    // Until every card is on the page, or those in view on a culled canvas (see waitForCards).
    await record('load', page, cdp, async () => {
      await page.goto(`${BASE}/b/${board.id}#token=${board.token}`)
      await waitForCards(page)
    })
    // An experiment's CSS (TRACE_CSS), to see what a rule costs before changing the app.
    if (process.env.TRACE_CSS) await page.addStyleTag({ content: process.env.TRACE_CSS })
    await page.waitForTimeout(1000)
    if (VIEW) {
      await page.waitForTimeout(4000)
      await page.evaluate(`window.__resetCards(${ACTORS})`)
      await record(`switch to ${VIEW}`, page, cdp, async () => {
        await page
          .getByRole('group', { name: 'Visning' })
          .getByRole('radio', { name: VIEW })
          .check({ force: true })
        await waitForCards(page)
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
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8'],
  })
  await cdp.send('Profiler.start')
  const began = Date.now()
  await action()
  const wall = Date.now() - began
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }
  }
  const buffer = await browser(page).stopTracing()
  const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }
  console.log(`\n## ${label} (${ACTORS} actors, ${wall} ms wall)\n`)
  printEvents(traceEvents)
  printFunctions(profile)
  // For a closer look (inclusive times, callers): load the file in Chromium's DevTools.
  if (process.env.TRACE_PROFILE_OUT)
    writeFileSync(`${process.env.TRACE_PROFILE_OUT}-${label}.cpuprofile`, JSON.stringify(profile))
}

const browser = (page: Page) => page.context().browser()!

function printEvents(events: TraceEvent[]) {
  // The renderer's main thread is the one running the page's frames.
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && JSON.stringify(e.args).includes('CrRendererMain'))
      .map((e) => `${e.pid}:${e.tid}`),
  )
  const totals = new Map<string, { ms: number; count: number }>()
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || !mainThreads.has(`${e.pid}:${e.tid}`)) continue
    const t = totals.get(e.name) ?? { ms: 0, count: 0 }
    t.ms += e.dur / 1000
    t.count++
    totals.set(e.name, t)
  }
  console.log('| trace event (nested ones counted in their parents too) | total | count |')
  console.log('|---|---|---|')
  for (const [name, t] of [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, TOP))
    console.log(`| ${name} | ${t.ms.toFixed(0)} ms | ${t.count} |`)
}

function printFunctions(profile: {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame
    const file = frame.url.split('/').pop() ?? ''
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  console.log('\n| JavaScript function (self time) | ms |')
  console.log('|---|---|')
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP))
    console.log(`| ${name} | ${ms.toFixed(0)} |`)
}

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
