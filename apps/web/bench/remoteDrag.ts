/**
 * A remote participant's drag, as the watching browser feels it (#18): one actor moves in a
 * circle for a while at the rate a dragging client writes (one position per card per 50 ms,
 * `createMoveThrottle`), and the watching page's frames, main-thread busy time and the moves it
 * drew are recorded. In Samkart the moves come over the sync server from a second client in
 * this process; on the plain React Flow page (bench/plain) the page moves the same node along
 * the same path itself, which is what a plain page with any transport would at least do.
 */
import type { CDPSession, Page } from '@playwright/test'
import { createPresence } from '@samkart/collab'
import { scoresToPosition } from '@samkart/layout'
import { entityRoot, updateEntity } from '@samkart/model'
import type { BenchScores } from './benchScores'
import { type FrameFigures, recordFrames } from './pageProbes'
import { remotePeer } from './remoteEdit'

/** One position per 50 ms, as a dragging client writes them. */
export const REMOTE_MOVE_MS = 50

/** How the watching page bore a remote drag. */
export interface RemoteDragFigures extends FrameFigures {
  /** Main-thread task time per second of the drag (Chromium's TaskDuration), in ms. */
  busyPerSecond: number
  /** Moves of the card the page drew per second (changes of its position on the page). */
  shownPerSecond: number
}

/** Where the moving card is at `t` ms: a small circle around its own scores. */
export function remotePathAt(start: BenchScores, t: number) {
  const a = t / 400
  const clamp = (v: number) => Math.min(1, Math.max(0, v))
  return {
    importance: clamp(start.importance + 0.06 * Math.sin(a)),
    substitutability: clamp(start.substitutability + 0.06 * Math.cos(a) - 0.06),
  }
}

/**
 * The index of the benchmark actor whose card is nearest the middle of the window (on a culled
 * canvas only the cards in view are on the page), read from its name «Aktør 0123».
 */
export async function middleCardIndex(page: Page): Promise<number> {
  const name = (await page.evaluate(`(() => {
    const w = innerWidth / 2, h = innerHeight / 2
    let best = '', distance = Infinity
    for (const el of document.querySelectorAll('.react-flow__node')) {
      const r = el.getBoundingClientRect()
      const d = Math.hypot(r.x + r.width / 2 - w, r.y + r.height / 2 - h)
      if (d < distance) { distance = d; best = el.textContent }
    }
    return best
  })()`)) as string
  const match = /Aktør (\d+)/.exec(name)
  if (!match) throw new Error(`No benchmark card in the middle of the window («${name}»)`)
  return Number(match[1]) - 1
}

/** Counts the position changes of the node with `data-id` = `id` (its style's transform). */
const shownProbe = (id: string) => `(() => {
  window.__shown = 0
  window.__shownObserver?.disconnect()
  const el = document.querySelector('.react-flow__node[data-id="' + ${JSON.stringify(id)} + '"]')
  let last = el ? el.style.transform : ''
  window.__shownObserver = new MutationObserver(() => {
    if (el.style.transform !== last) { last = el.style.transform; window.__shown++ }
  })
  if (el) window.__shownObserver.observe(el, { attributes: true, attributeFilter: ['style'] })
  return Boolean(el)
})()`

/** Records the watching page while `drive` moves the card with DOM id `nodeId` for `ms`. */
async function watch(
  page: Page,
  cdp: CDPSession,
  nodeId: string,
  ms: number,
  drive: () => Promise<void>,
): Promise<RemoteDragFigures> {
  if (!(await page.evaluate(shownProbe(nodeId))))
    throw new Error(`The moving card ${nodeId} is not on the page`)
  await cdp.send('Performance.enable')
  const busy = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[]
    }
    return metrics.find((m) => m.name === 'TaskDuration')!.value
  }
  const before = await busy()
  const began = Date.now()
  const frames = await recordFrames(page, drive)
  const seconds = (Date.now() - began) / 1000
  const after = await busy()
  const shown = (await page.evaluate('window.__shown')) as number
  return {
    ...frames,
    busyPerSecond: ((after - before) * 1000) / seconds,
    shownPerSecond: shown / Math.max(seconds, ms / 1000),
  }
}

/**
 * Samkart: a second client on the board moves actor «Aktør <index + 1>» for `ms`, one write per
 * {@link REMOTE_MOVE_MS}, while the page watches.
 */
export async function remoteDragSamkart(
  page: Page,
  cdp: CDPSession,
  port: number,
  board: { id: string; token: string },
  index: number,
  start: BenchScores,
  ms: number,
): Promise<RemoteDragFigures> {
  const peer = await remotePeer(port, board)
  try {
    const name = `Aktør ${String(index + 1).padStart(4, '0')}`
    let id = ''
    entityRoot(peer.doc, 'actor').forEach((actor, key) => {
      if (actor.get('name') === name) id = key
    })
    if (!id) throw new Error(`No actor named ${name}`)
    // Its presence, as Samkart's client publishes it while dragging (ActorFlow's drag start).
    const presence = createPresence(peer.awareness, { guestNames: ['Benk'], intervalMs: 0 })
    return await watch(page, cdp, id, ms, async () => {
      presence.setDragging([id])
      const began = Date.now()
      while (Date.now() - began < ms) {
        updateEntity(peer.doc, 'actor', id, remotePathAt(start, Date.now() - began))
        await new Promise((r) => setTimeout(r, REMOTE_MOVE_MS))
      }
      presence.setDragging([])
      presence.destroy()
      // Until the last move has arrived and been drawn.
      await page.waitForTimeout(300)
    })
  } finally {
    peer.close()
  }
}

/** The plain page moves its node `a<index>` along the same path, at the same rate. */
export async function remoteDragPlain(
  page: Page,
  cdp: CDPSession,
  index: number,
  start: BenchScores,
  ms: number,
): Promise<RemoteDragFigures> {
  const path = Array.from({ length: Math.ceil(ms / REMOTE_MOVE_MS) }, (_, i) =>
    scoresToPosition(remotePathAt(start, i * REMOTE_MOVE_MS)),
  )
  return watch(page, cdp, `a${index}`, ms, async () => {
    // A string, not a function: tsx's transform would add helpers the page does not have.
    await page.evaluate(
      `window.__moveAlong(${JSON.stringify(`a${index}`)}, ${JSON.stringify(path)}, ${REMOTE_MOVE_MS})`,
    )
    await page.waitForTimeout(300)
  })
}
