/**
 * Counts who asks the browser for style or layout (forced synchronous layout) and from where:
 * an init script wraps `getComputedStyle` and the element geometry getters and tallies each
 * call by the first stack frame outside itself. For finding which component forces the
 * thousands of style/layout updates a trace shows, which the trace alone does not name.
 */
import type { Page } from '@playwright/test'

/** The init script (a string, so the page runs it before any of the app's code). */
export const LAYOUT_CALLERS_PROBE = `(() => {
  const counts = new Map()
  const tally = (api) => {
    const lines = (new Error().stack || '').split('\\n').slice(3, 6)
    const where = lines.map((l) => l.trim().replace(/^at /, '').replace(/https?:\\/\\/[^/]+/, '')).join(' < ')
    const key = api + ' ← ' + where
    counts.set(key, (counts.get(key) || 0) + 1)
  }
  const gcs = window.getComputedStyle
  window.getComputedStyle = function (...args) { tally('getComputedStyle'); return gcs.apply(this, args) }
  const wrapMethod = (proto, name) => {
    const original = proto[name]
    proto[name] = function (...args) { tally(name); return original.apply(this, args) }
  }
  wrapMethod(Element.prototype, 'getBoundingClientRect')
  wrapMethod(Element.prototype, 'getClientRects')
  const wrapGetter = (proto, name) => {
    const d = Object.getOwnPropertyDescriptor(proto, name)
    if (!d || !d.get) return
    Object.defineProperty(proto, name, { ...d, get() { tally(name); return d.get.call(this) } })
  }
  for (const n of ['offsetWidth', 'offsetHeight', 'offsetTop', 'offsetLeft', 'offsetParent'])
    wrapGetter(HTMLElement.prototype, n)
  for (const n of ['scrollHeight', 'scrollWidth', 'scrollTop', 'scrollLeft', 'clientWidth', 'clientHeight'])
    wrapGetter(Element.prototype, n)
  window.__layoutCallers = () => [...counts].sort((a, b) => b[1] - a[1])
  window.__resetLayoutCallers = () => counts.clear()
})()`

/** Prints the `top` callers the probe counted since the last reset, and resets. */
export async function printLayoutCallers(page: Page, top = 15): Promise<void> {
  const rows = (await page.evaluate(
    `(() => { const r = window.__layoutCallers(); window.__resetLayoutCallers(); return r })()`,
  )) as [string, number][]
  console.log(`\n| Forced style/layout call (API ← caller) | calls |\n|---|---|`)
  for (const [key, count] of rows.slice(0, top)) console.log(`| ${key} | ${count} |`)
}
