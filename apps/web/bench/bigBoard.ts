/**
 * `pnpm --filter @samkart/web bench:big`: opening a 5,000-entity board (3,000 actors, 2,000
 * relations) against a 10-actor board in the same run, and what the big board costs in memory.
 * Not a test; it prints figures for docs/performance.md and fails nothing.
 *
 * For each board, in Chromium: navigation, the moment the server's first sync message arrives
 * and the moment it is applied (the app's `samkart:sync-received` / `samkart:sync-applied`
 * marks), the first card and all cards on screen (on a culled canvas: the cards in view, once
 * their number stops changing), and «interactive»: all cards there and no
 * long task for 500 ms after (the last long task's end). The matrix opens with the board; the
 * network and the lens are timed from the click on their radio. Then the page's JavaScript
 * heap after a full GC, against a page of the same browser holding the board's Y.Doc alone.
 */
import { cpus } from 'node:os'
import { type Browser, chromium } from '@playwright/test'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { startBenchServer } from './benchServer'
import { cardProbe, waitForCards } from './pageProbes'
import { returningUser } from './returningUser'
import { fillRandomBoard } from './fillRandomBoard'
import { type BenchBoard, seedBenchBoard } from './seedBenchBoard'

const PORT = Number(process.env.SAMKART_BENCH_PORT ?? 4333)
const BASE = `http://127.0.0.1:${PORT}`
const VIEWS = ['matrix', 'network', 'lens'] as const
/** Rounds of both boards (BENCH_ROUNDS): more for comparing two versions of a change. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)

interface ViewTimes {
  view: string
  /** From navigation (matrix) or the click (network, lens). */
  firstCard: number
  allCards: number
  /** Cards on the page once settled (only those in view on a culled canvas). */
  cards: number
  interactive: number
}

interface BoardFigures {
  label: string
  syncReceived: number
  syncApplied: number
  views: ViewTimes[]
  heapMiB: number
  domNodes: number
  docMiB: number
}

async function main() {
  const server = await startBenchServer(
    'big',
    PORT,
    { SAMKART_MESSAGES_PER_SECOND: '100000' },
    { plainBaseline: true },
  )
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  })
  try {
    const small = await seedBoard(10, 20)
    const big = await seedBoard(3000, 2000)
    const rows: BoardFigures[] = []
    // Interleaved, at least twice, so a slow moment of the machine does not land on one board only.
    for (let round = 0; round < ROUNDS; round++) {
      rows.push(await measure(browser, '10 actors, 20 relations', small, 10))
      rows.push(await measure(browser, '3,000 actors, 2,000 relations', big, 3000))
    }
    print(rows)
  } finally {
    await browser.close()
    server.stop()
  }
}

async function seedBoard(actors: number, relations: number) {
  return seedBenchBoard(PORT, `Benchmark: ${actors} aktører`, (doc) =>
    fillRandomBoard(doc, actors, relations),
  )
}

async function measure(
  browser: Browser,
  label: string,
  board: BenchBoard,
  actors: number,
): Promise<BoardFigures> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 860 },
    storageState: returningUser(BASE),
  })
  const page = await context.newPage()
  await page.addInitScript(cardProbe())
  await page.addInitScript(`window.__resetCards(${actors})`)
  await page.goto(`${BASE}/b/${board.id}#token=${board.token}`)
  const views: ViewTimes[] = []
  const matrix = await waitForCards(page)
  views.push({ view: 'matrix', ...matrix })
  const [syncReceived, syncApplied] = (await page.evaluate(`[
    performance.getEntriesByName('samkart:sync-received')[0]?.startTime ?? NaN,
    performance.getEntriesByName('samkart:sync-applied')[0]?.startTime ?? NaN,
  ]`)) as [number, number]
  const cdp = await context.newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  const { nodes } = (await cdp.send('Memory.getDOMCounters')) as { nodes: number }
  for (const view of VIEWS.slice(1)) {
    // By value, not by role and name: finding a role walks the accessibility of 100,000
    // elements, which Playwright does in the page, inside the time measured.
    const radio = page.locator(`.samkart-toolbar input[type="radio"][value="${view}"]`)
    await page.evaluate(`window.__resetCards(${actors})`)
    // Timed from just before the click (a round trip early, a few ms at most).
    const clickAt = (await page.evaluate('performance.now()')) as number
    await radio.check({ force: true })
    const times = await waitForCards(page)
    views.push({
      view,
      cards: times.cards,
      firstCard: times.firstCard - clickAt,
      allCards: times.allCards - clickAt,
      interactive: times.interactive - clickAt,
    })
  }
  await context.close()
  return {
    label,
    syncReceived,
    syncApplied,
    views,
    heapMiB: usedSize / 2 ** 20,
    domNodes: nodes,
    docMiB: await docAloneMiB(browser, board),
  }
}

/**
 * What the board's Y.Doc alone holds on the heap of a page in the same browser (the
 * `/bench-plain/ydoc.html` baseline, same Yjs), after a full GC: the heap with the document
 * held, less the heap of the same page before. Measured in Chromium, not in Node: Node 20 does
 * not compress pointers, so the same document took ~2× the room there and flattered the ratio.
 */
async function docAloneMiB(browser: Browser, board: BenchBoard) {
  const fetched = new Y.Doc()
  const provider = new WebsocketProvider(`ws://127.0.0.1:${PORT}/ws`, board.id, fetched, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token: board.token },
  })
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
  const update = Buffer.from(Y.encodeStateAsUpdate(fetched)).toString('base64')
  provider.destroy()
  fetched.destroy()
  const page = await browser.newPage()
  try {
    await page.goto(`${BASE}/bench-plain/ydoc.html`)
    await page.waitForFunction('typeof window.holdDoc === "function"')
    const cdp = await page.context().newCDPSession(page)
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage')
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize
    }
    // The update crosses as an argument and is dropped after the apply; only the doc is held.
    await page.evaluate('0')
    const before = await heap()
    await page.evaluate((u) => window.holdDoc(u), update)
    const after = await heap()
    return (after - before) / 2 ** 20
  } finally {
    await page.close()
  }
}

function print(rows: BoardFigures[]) {
  const ms = (v: number) => `${v.toFixed(0)} ms`
  console.log(`\nChromium (headless, no GPU), ${cpus().length} cores, 1366×860\n`)
  console.log(
    '| board | view | sync received | sync applied | first card | all cards | cards on the page | interactive | first card after sync | interactive after sync |',
  )
  console.log('|---|---|---|---|---|---|---|---|---|---|')
  for (const r of rows)
    for (const v of r.views) {
      const matrix = v.view === 'matrix'
      console.log(
        `| ${r.label} | ${v.view} | ${matrix ? ms(r.syncReceived) : ''} | ${matrix ? ms(r.syncApplied) : ''} | ${ms(v.firstCard)} | ${ms(v.allCards)} | ${v.cards} | ${ms(v.interactive)} | ${matrix ? ms(v.firstCard - r.syncReceived) : ''} | ${matrix ? ms(v.interactive - r.syncReceived) : ''} |`,
      )
    }
  console.log(
    '\n| board | page JS heap after GC (matrix) | DOM nodes | Y.Doc alone (same browser) | page ÷ doc | (page − 10-actor page) ÷ doc |',
  )
  console.log('|---|---|---|---|---|---|')
  // The Y.Doc alone is measured as what holding it adds to a page; the board's like figure is
  // what its page holds beyond the page of the small board (the app's code, React, fonts).
  const smallRows = rows.filter((r) => r.label === rows[0]?.label)
  const baseline = smallRows.reduce((sum, r) => sum + r.heapMiB, 0) / smallRows.length
  for (const r of rows) {
    const added =
      r.label === rows[0]?.label ? '' : `${((r.heapMiB - baseline) / r.docMiB).toFixed(2)}×`
    console.log(
      `| ${r.label} | ${r.heapMiB.toFixed(1)} MiB | ${r.domNodes} | ${r.docMiB.toFixed(1)} MiB | ${(r.heapMiB / r.docMiB).toFixed(1)}× | ${added} |`,
    )
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
