/**
 * In-page probes shared by the browser benchmarks. Strings, not functions: tsx's transform
 * would add helpers that do not exist in the page.
 */
import type { Page } from '@playwright/test'

/** Frame times and how often the page followed the pointer. */
export interface FrameFigures {
  p50: number
  p95: number
  /** Pointer moves the page handled per second (style changes of the dragged node), if counted. */
  movesPerSecond: number
}

/** The user-timing mark the probe sets when it first sees a card (`TRACE_TIMELINE`). */
export const FIRST_CARD_MARK = 'bench:first-card'

/**
 * Installed before the page loads: from then on, once per animation frame, counts the cards
 * (elements of `className`, React Flow's nodes by default, not marked `data-bench-old`) and records when the first and the
 * `window.__cardsWanted`-th are on screen (painted: after the frame that drew them), and when
 * the last long task (> 50 ms) ended. Counting per frame, through a live collection, costs the
 * page almost nothing.
 */
export const cardProbe = (className = 'react-flow__node') => `(() => {
  window.__cardClass = ${JSON.stringify(className)}
  const all = document.getElementsByClassName(window.__cardClass)
  window.__longTaskEnd = 0
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__longTaskEnd = Math.max(window.__longTaskEnd, e.startTime + e.duration)
  }).observe({ type: 'longtask', buffered: true })
  window.__resetCards = (wanted) => {
    for (const el of all) el.setAttribute('data-bench-old', '')
    window.__cardsWanted = wanted
    window.__firstCardAt = undefined
    window.__allCardsAt = undefined
    window.__cardCount = 0
    window.__countChangedAt = undefined
  }
  // A frame's rendering (style, layout, paint) runs after its animation-frame callbacks, so
  // what this callback sees is on screen only once that is done: a message posted now is
  // handled after it, and its performance.now() is when the user sees the change. (Not the
  // frame's timestamp either: that is when the frame began, before any long task in it.)
  const afterPaint = (record) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => record(performance.now())
    channel.port2.postMessage(null)
  }
  const tick = () => {
    if (window.__cardsWanted) {
      let n = 0
      for (const el of all) if (!el.hasAttribute('data-bench-old')) n++
      if (n > 0 && window.__firstCardAt === undefined) {
        window.__firstCardAt = null
        afterPaint((at) => {
          window.__firstCardAt = at
          performance.mark(${JSON.stringify(FIRST_CARD_MARK)})
        })
      }
      if (n !== window.__cardCount) {
        window.__cardCount = n
        afterPaint((at) => (window.__countChangedAt = at))
      }
      if (n >= window.__cardsWanted && window.__allCardsAt === undefined) {
        window.__allCardsAt = null
        afterPaint((at) => (window.__allCardsAt = at))
      }
    }
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`

/** No long task for this long after the cards are there counts as interactive (TTI's idea). */
const QUIET_MS = 500

/** When cards appeared and the page became interactive, in ms on the page's clock. */
export interface CardTimes {
  firstCard: number
  /**
   * Every card wanted on the page or, where the canvas draws only the cards in view (boards of
   * `CULL_FROM_CARDS` or more), the last change of their number before a quiet window.
   */
  allCards: number
  /** How many cards were on the page then. */
  cards: number
  /** The end of the last long task at or after all cards, once a quiet window followed it. */
  interactive: number
}

/**
 * Waits for the cards {@link cardProbe} is counting (all it wants, or as many as stop changing
 * for a quiet window: a culled canvas draws only those in view), then for a quiet window without
 * long tasks, and returns the times.
 */
export async function waitForCards(page: Page): Promise<CardTimes> {
  const settled = `window.__allCardsAt != null || (window.__cardCount > 0 && performance.now() - Math.max(window.__countChangedAt, window.__longTaskEnd) >= ${QUIET_MS})`
  await page
    .waitForFunction(settled, undefined, {
      timeout: Number(process.env.BENCH_WAIT_MS ?? 180_000),
      polling: 100,
    })
    .catch(async (error: Error) => {
      const seen = await page.evaluate(
        `[...document.getElementsByClassName(window.__cardClass)].filter((el) => !el.hasAttribute('data-bench-old')).length + ' of ' + window.__cardsWanted`,
      )
      throw new Error(`cards on screen: ${seen}; ${error.message}`)
    })
  const allAt = `(window.__allCardsAt ?? window.__countChangedAt)`
  await page.waitForFunction(
    `performance.now() - Math.max(${allAt}, window.__longTaskEnd) >= ${QUIET_MS}`,
    undefined,
    { timeout: Number(process.env.BENCH_WAIT_MS ?? 180_000), polling: 50 },
  )
  const [firstCard, allCards, cards, longTaskEnd] = (await page.evaluate(
    `[window.__firstCardAt, ${allAt}, window.__cardCount, window.__longTaskEnd]`,
  )) as [number, number, number, number]
  return { firstCard, allCards, cards, interactive: Math.max(allCards, longTaskEnd) }
}

/** Records rAF intervals while `act` runs; counts the dragged node's moves. */
export async function recordFrames(page: Page, act: () => Promise<void>): Promise<FrameFigures> {
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
    window.__moveObserver?.disconnect()
    window.__moveObserver = new MutationObserver((records) => {
      for (const r of records)
        if (r.target.classList && r.target.classList.contains('dragging')) window.__moves++
    })
    window.__moveObserver.observe(document.querySelector('.react-flow__nodes'), {
      attributes: true,
      attributeFilter: ['style'],
      subtree: true,
    })
  })()`)
  const began = Date.now()
  await act()
  const seconds = (Date.now() - began) / 1000
  const { frames, moves } = (await page.evaluate(
    '(() => { window.__run = false; window.__moveObserver.disconnect(); return { frames: window.__frames.slice(1), moves: window.__moves } })()',
  )) as { frames: number[]; moves: number }
  // BENCH_FRAME_LOG=1: when in the action each slow frame came (the drag's start, its end, or
  // throughout), for finding what a p95 is made of.
  if (process.env.BENCH_FRAME_LOG) {
    let t = 0
    const slow = frames.flatMap(
      (f) => ((t += f), f > 20 ? [`${f.toFixed(0)} ms at ${t.toFixed(0)}`] : []),
    )
    console.log(`  ${frames.length} frames; slow: ${slow.join(', ') || 'none'}`)
  }
  const sorted = [...frames].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return { p50: at(0.5), p95: at(0.95), movesPerSecond: moves / seconds }
}

/** A point of the pane with no card under it, nearest the middle of the window. */
export async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const point = (await page.evaluate(`(() => {
    const w = innerWidth, h = innerHeight
    const found = []
    for (let y = 80; y < h - 80; y += 20)
      for (let x = 40; x < w - 200; x += 20) {
        const el = document.elementFromPoint(x, y)
        if (el && el.closest('.react-flow__pane') && !el.closest('.react-flow__node, .react-flow__edge, .react-flow__panel, .nopan')) found.push({ x, y })
      }
    found.sort((a, b) => Math.hypot(a.x - w / 2, a.y - h / 2) - Math.hypot(b.x - w / 2, b.y - h / 2))
    return found[0] ?? null
  })()`)) as { x: number; y: number } | null
  if (!point) throw new Error('no empty spot on the pane')
  return point
}
