/** The CPU profiles and traces the browser benchmarks take, and how they print them. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CDPSession } from '@playwright/test'

interface ProfileNode {
  id: number
  children?: number[]
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
}

/** A CPU profile as the DevTools protocol returns it. */
export interface CpuProfile {
  nodes: ProfileNode[]
  /** µs, on the trace's clock. */
  startTime: number
  samples: number[]
  timeDeltas: number[]
}

/** Runs `action` under the page's CPU profiler (0.2 ms samples) and returns the profile. */
export async function profiled(cdp: CDPSession, action: () => Promise<void>): Promise<CpuProfile> {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await action()
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
  // For a closer look (callers, call trees): load it in DevTools' Performance panel.
  if (process.env.JOURNEY_PROFILE_DIR)
    writeFileSync(
      join(process.env.JOURNEY_PROFILE_DIR, `journey-${Date.now()}.cpuprofile`),
      JSON.stringify(profile),
    )
  return profile
}

/**
 * Prints the functions with the most self time, with file, line and column (the app is
 * minified: look the column up in the built file, or in its name when it kept one).
 */
export function printProfile(profile: CpuProfile, top = 20): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame
    const file = frame.url.split('/').pop() ?? ''
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
    const ms = (profile.timeDeltas[i] ?? 0) / 1000
    self.set(key, (self.get(key) ?? 0) + ms)
    if (frame.functionName !== '(idle)') total += ms
  })
  console.log(`| JavaScript function (self time; ${total.toFixed(0)} ms not idle) | ms |`)
  console.log('|---|---|')
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`| ${name} | ${ms.toFixed(0)} |`)
}

interface TraceEvent {
  name: string
  ph: string
  dur?: number
  tid: number
  pid: number
  args?: unknown
}

/** Prints the renderer main thread's busiest trace events (style, layout, paint, script). */
export function printTrace(buffer: Buffer, top = 12): void {
  const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }
  const main = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && JSON.stringify(e.args).includes('CrRendererMain'))
      .map((e) => `${e.pid}:${e.tid}`),
  )
  const totals = new Map<string, { ms: number; count: number }>()
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !e.dur || !main.has(`${e.pid}:${e.tid}`)) continue
    const t = totals.get(e.name) ?? { ms: 0, count: 0 }
    t.ms += e.dur / 1000
    t.count++
    totals.set(e.name, t)
  }
  console.log('| trace event (nested ones counted in their parents too) | total | count |')
  console.log('|---|---|---|')
  for (const [name, t] of [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, top))
    console.log(`| ${name} | ${t.ms.toFixed(0)} ms | ${t.count} |`)
  // Off the main thread, but a frame is not shown until its tiles are: drawing (raster) can
  // hold the next frames back while the main thread idles.
  const raster = traceEvents
    .filter((e) => e.ph === 'X' && e.name === 'RasterTask' && e.dur)
    .reduce((ms, e) => ms + e.dur! / 1000, 0)
  console.log(`\nRaster on the worker threads (RasterTask): ${raster.toFixed(0)} ms`)
  console.log()
}
