/**
 * `TRACE_TIMELINE=1` in `bench:trace`: what the page's main thread did between the board's
 * sync arriving and the first card on screen, task by task, each with the JavaScript functions
 * that took its time. Where the totals of `printTrace`/`printProfile` say what is expensive,
 * this says what stands between the sync and the first card.
 */
import { FIRST_CARD_MARK } from './pageProbes'
import type { CpuProfile } from './profileReport'

interface TimedEvent {
  name: string
  cat?: string
  ph: string
  ts: number
  dur?: number
  tid: number
  pid: number
  args?: unknown
}

const FROM_MARK = 'samkart:sync-received'
/** Shorter tasks are counted, not listed. */
const LISTED_MS = 4

function markTime(events: TimedEvent[], name: string): number | undefined {
  return events.find((e) => e.name === name && e.cat?.includes('user_timing'))?.ts
}

/** Self time by function within [from, to) µs, from a profile on the trace's clock. */
function selfTimes(profile: CpuProfile, from: number, to: number): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  let at = profile.startTime
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0
    if (at < from || at >= to) return
    const frame = byId.get(id)!.callFrame
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') return
    const file = frame.url.split('/').pop() ?? ''
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.columnNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 200) / 1000)
  })
  return self
}

/** Prints the main thread's tasks from the sync's arrival to the first card. */
export function printLoadTimeline(buffer: Buffer, profile: CpuProfile): void {
  const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TimedEvent[] }
  const from = markTime(traceEvents, FROM_MARK)
  const to = markTime(traceEvents, FIRST_CARD_MARK)
  if (from === undefined || to === undefined) {
    console.log(`(timeline: no ${from === undefined ? FROM_MARK : FIRST_CARD_MARK} mark)`)
    return
  }
  const main = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && JSON.stringify(e.args).includes('CrRendererMain'))
      .map((e) => `${e.pid}:${e.tid}`),
  )
  const onMain = traceEvents.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`))
  const tasks = onMain.filter(
    (e) => e.name === 'RunTask' && e.ts + (e.dur ?? 0) > from && e.ts < to,
  )
  console.log(
    `\n### From the sync's arrival to the first card: ${((to - from) / 1000).toFixed(0)} ms\n`,
  )
  console.log('| at ms | task ms | style+layout ms | paint+commit ms | top functions (self ms) |')
  console.log('|---|---|---|---|---|')
  let short = 0
  let shortMs = 0
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0)
    const ms = (task.dur ?? 0) / 1000
    if (ms < LISTED_MS) {
      short++
      shortMs += ms
      continue
    }
    const inside = onMain.filter((e) => e.ts >= task.ts && e.ts < end)
    const sum = (names: string[]) =>
      inside.filter((e) => names.includes(e.name)).reduce((n, e) => n + (e.dur ?? 0) / 1000, 0)
    const top = [...selfTimes(profile, task.ts, end)]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([name, t]) => `${name} ${t.toFixed(0)}`)
      .join('; ')
    console.log(
      `| ${((task.ts - from) / 1000).toFixed(0)} | ${ms.toFixed(0)} | ${sum(['UpdateLayoutTree', 'Layout']).toFixed(0)} | ${sum(['Paint', 'Commit', 'PrePaint', 'Layerize']).toFixed(0)} | ${top} |`,
    )
  }
  console.log(`\n(${short} shorter tasks, ${shortMs.toFixed(0)} ms together)\n`)
}
