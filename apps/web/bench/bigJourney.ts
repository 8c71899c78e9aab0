/**
 * `pnpm --filter @samkart/web bench:journey`: opening a journey of 300 touchpoints (12 phases,
 * 40 actors) against a small one (20 touchpoints, 4 phases) in the same run (issue #18: «a
 * journey of 300 touchpoints opens in under a second» after the sync arrives). Not a test; it
 * prints figures for docs/performance.md and fails nothing.
 *
 * Each journey is opened by its address (`/b/<board>/reiser/<journey>`, as a shared link
 * does) in a fresh browser context, interleaved over `BENCH_ROUNDS` rounds. From the moment the
 * server's first sync message arrives (`samkart:sync-received`) it reports the first touchpoint
 * header on screen, all of them, and «interactive»: all there and no long task for 500 ms
 * after (the end of the last long task), with the same probe as `bench:big`. Then, with the journey
 * open, a second participant renames its first touchpoint three times: the time from the
 * update's arrival to the new title on screen (the table's cost of any change); then a click on a touchpoint (its panel opens) and
 * the focus of an owner chip (its touchpoints are highlighted), to the next painted frame. Then the ratios
 * big ÷ small of the medians. `JOURNEY_PROFILE=1` adds one profiled load of the big journey
 * and prints the JavaScript functions with the most self time; `JOURNEY_PROFILE_DIR` keeps the
 * profiles. `BENCH_CSS` adds a style sheet to the page, for experiments.
 */
import { cpus } from 'node:os'
import { type Browser, type Page, chromium } from '@playwright/test'
import { readPhases, readTouchpoints } from '@samkart/model'
import { startBenchServer } from './benchServer'
import { type JourneyShape, fillJourneyBoard } from './fillJourneyBoard'
import { interactionTimes } from './journeyInteractions'
import { printProfile, printTrace, profiled } from './profileReport'
import { cardProbe, waitForCards } from './pageProbes'
import { MESSAGE_PROBE, remotePeer, remoteRename } from './remoteEdit'
import { returningUser } from './returningUser'
import { type BenchBoard, seedBenchBoard } from './seedBenchBoard'

const PORT = Number(process.env.SAMKART_BENCH_PORT ?? 4328)
const BASE = `http://127.0.0.1:${PORT}`
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)

const SMALL: JourneyShape = { actors: 40, phases: 4, touchpoints: 20, notedCells: 3 }
const BIG: JourneyShape = { actors: 40, phases: 12, touchpoints: 300, notedCells: 12 }

/**
 * The shared card probe, counting touchpoint headers (`th.journey-touchpoint`, one per
 * touchpoint) instead of React Flow nodes: same per-frame counting, same long-task window.
 */
const TOUCHPOINT_PROBE = cardProbe('journey-touchpoint')

interface JourneyBoard extends BenchBoard {
  journeyId: string
  shape: JourneyShape
}

/** One load, in ms after the first sync message arrived. */
interface Load {
  label: string
  syncReceived: number
  applied: number
  first: number
  all: number
  interactive: number
  /** A remote rename of the first touchpoint: from the update's arrival to the title shown. */
  edit: number
  /** Clicking a touchpoint (its panel opens) and focusing an owner chip (highlight). */
  select: number
  highlight: number
}

async function main() {
  const server = await startBenchServer('journey', PORT, { SAMKART_MESSAGES_PER_SECOND: '100000' })
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  })
  try {
    const small = await seedJourney(SMALL)
    const big = await seedJourney(BIG)
    // A first load of each warms the server's cache and Chromium's; not counted.
    await measure(browser, small)
    await measure(browser, big)
    const loads: Load[] = []
    // Interleaved, so a slow moment of the shared machine does not land on one journey only.
    for (let round = 0; round < ROUNDS; round++) {
      loads.push(await measure(browser, small))
      loads.push(await measure(browser, big))
    }
    print(loads)
    if (process.env.JOURNEY_PROFILE) await profile(browser, big)
  } finally {
    await browser.close()
    server.stop()
  }
}

async function seedJourney(shape: JourneyShape): Promise<JourneyBoard> {
  let journeyId = ''
  const board = await seedBenchBoard(
    PORT,
    `Benchmark: ${shape.touchpoints} kontaktpunkter`,
    (doc) => {
      journeyId = fillJourneyBoard(doc, shape)
    },
  )
  return { ...board, journeyId, shape }
}

const label = (shape: JourneyShape) => `${shape.touchpoints} touchpoints, ${shape.phases} phases`

async function open(browser: Browser, board: JourneyBoard) {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 860 },
    storageState: returningUser(BASE),
  })
  const page = await context.newPage()
  await page.addInitScript(TOUCHPOINT_PROBE)
  await page.addInitScript(MESSAGE_PROBE)
  // An experiment's style sheet (BENCH_CSS), to see what a rule buys before changing the app.
  if (process.env.BENCH_CSS)
    await page.addInitScript(
      `addEventListener('DOMContentLoaded', () => { const s = document.createElement('style'); s.textContent = ${JSON.stringify(process.env.BENCH_CSS)}; document.head.append(s) })`,
    )
  await page.addInitScript(`window.__resetCards(${board.shape.touchpoints})`)
  return {
    context,
    page,
    url: `${BASE}/b/${board.id}/reiser/${board.journeyId}#token=${board.token}`,
  }
}

async function measure(browser: Browser, board: JourneyBoard): Promise<Load> {
  const { context, page, url } = await open(browser, board)
  await page.goto(url)
  const times = await waitForCards(page)
  const [received, applied] = (await page.evaluate(`[
    performance.getEntriesByName('samkart:sync-received')[0]?.startTime ?? NaN,
    performance.getEntriesByName('samkart:sync-applied')[0]?.startTime ?? NaN,
  ]`)) as [number, number]
  const edit = await editTime(page, board)
  const { select, highlight } = await interactionTimes(page)
  await context.close()
  return {
    label: label(board.shape),
    syncReceived: received,
    applied: applied - received,
    first: times.firstCard - received,
    all: times.allCards - received,
    interactive: times.interactive - received,
    edit,
    select,
    highlight,
  }
}

/** The median of three remote renames of the journey's first touchpoint. */
async function editTime(page: Page, board: JourneyBoard) {
  const peer = await remotePeer(PORT, board)
  try {
    const first = readPhases(peer.doc, board.journeyId)[0]!
    const id = readTouchpoints(peer.doc, first.id)[0]!.id
    await page.waitForTimeout(300)
    const times: number[] = []
    for (let i = 0; i < 3; i++)
      times.push(await remoteRename(page, peer.doc, id, `Omdøpt ${Date.now()}-${i}`))
    return median(times)
  } finally {
    peer.close()
  }
}

async function profile(browser: Browser, board: JourneyBoard) {
  const { context, page, url } = await open(browser, board)
  const cdp = await context.newCDPSession(page)
  const traced = async (what: string, action: () => Promise<unknown>) => {
    const chromiumOf = page.context().browser()!
    await chromiumOf.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink'],
    })
    const result = await profiled(cdp, async () => void (await action()))
    const trace = await chromiumOf.stopTracing()
    console.log(`\n## Profile: ${what}, ${label(board.shape)}\n`)
    printTrace(trace)
    printProfile(result)
  }
  await traced('loading', async () => {
    await page.goto(url)
    await waitForCards(page)
  })
  await page.waitForTimeout(500)
  // Three selects and three highlights, each undone.
  await traced('selecting and highlighting', () => interactionTimes(page))
  await context.close()
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

function print(loads: Load[]) {
  const ms = (v: number) => `${v.toFixed(0)} ms`
  console.log(`\nChromium (headless, no GPU), ${cpus().length} cores, 1366×860, ${ROUNDS} rounds\n`)
  console.log(
    '| journey | sync received (from navigation) | sync applied | first touchpoint | all touchpoints | interactive | remote rename shown | select | highlight |',
  )
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const l of loads)
    console.log(
      `| ${l.label} | ${ms(l.syncReceived)} | ${ms(l.applied)} | ${ms(l.first)} | ${ms(l.all)} | ${ms(l.interactive)} | ${ms(l.edit)} | ${ms(l.select)} | ${ms(l.highlight)} |`,
    )
  const of = (name: string) => loads.filter((l) => l.label === name)
  const small = of(label(SMALL))
  const big = of(label(BIG))
  const keys = ['applied', 'first', 'all', 'interactive', 'edit', 'select', 'highlight'] as const
  console.log('\nMedians, ms after the sync arrived, and big ÷ small:\n')
  console.log(
    '| journey | sync applied | first touchpoint | all touchpoints | interactive | remote rename shown | select | highlight |',
  )
  console.log('|---|---|---|---|---|---|---|---|')
  const row = (name: string, rows: Load[]) =>
    `| ${name} | ${keys.map((k) => ms(median(rows.map((l) => l[k])))).join(' | ')} |`
  console.log(row(label(SMALL), small))
  console.log(row(label(BIG), big))
  console.log(
    `| **big ÷ small** | ${keys
      .map((k) => `${(median(big.map((l) => l[k])) / median(small.map((l) => l[k]))).toFixed(2)}×`)
      .join(' | ')} |`,
  )
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
