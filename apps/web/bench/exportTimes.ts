/**
 * `pnpm --filter @samkart/web bench:export`: how long exports take in the browser, through the
 * real UI path (the «Eksporter» dialog, the download the browser receives). Not a test; it
 * prints figures for docs/performance.md («Export in the browser») and fails nothing.
 *
 * Builds the app and starts the real server with access checks off (as the canvas benchmark
 * does, on a port of its own), and seeds two boards through a y-websocket client in Node with
 * the model's own operations: a baseline with 50 actors, 80 relations and 30 touchpoints, and a
 * large one with 500 actors, 800 relations and 300 touchpoints (three journeys). In Chromium it
 * then exports, several times each: the PNG of the whole map at 2× in the matrix and in the
 * network view, and the A4 PDF report; each time from the click on «Eksporter» until the
 * browser has the download. Prints the first (cold) and median times, the files' sizes, and the
 * large board's ratio to the baseline measured in the same run.
 */
import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { type Page, chromium } from '@playwright/test'
import {
  RELATION_TYPES,
  addPhase,
  addTouchpoint,
  createActor,
  createJourney,
  createRelation,
} from '@samkart/model'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { startBenchServer } from './benchServer'
import { returningUser } from './returningUser'

const PORT = Number(process.env.SAMKART_BENCH_PORT ?? 4331)
const BASE = `http://127.0.0.1:${PORT}`
/** Exports per case; the first is reported apart (fonts and the worker's code load then). */
const RUNS = Number(process.env.SAMKART_BENCH_RUNS ?? 4)

interface BoardSize {
  label: string
  actors: number
  relations: number
  journeys: number
  phases: number
  touchpointsPerPhase: number
}
const BASELINE: BoardSize = {
  label: '50 actors, 80 relations, 30 touchpoints',
  actors: 50,
  relations: 80,
  journeys: 1,
  phases: 3,
  touchpointsPerPhase: 10,
}
const LARGE: BoardSize = {
  label: '500 actors, 800 relations, 300 touchpoints',
  actors: 500,
  relations: 800,
  journeys: 3,
  phases: 5,
  touchpointsPerPhase: 20,
}

interface Case {
  name: string
  /** Opens the view and sets the dialog's options; the dialog is open when it is called. */
  choose: (page: Page) => Promise<void>
  view: 'Matrise' | 'Nettverk'
}
const CASES: Case[] = [
  { name: 'PNG, whole map, 2×, matrix', view: 'Matrise', choose: choosePng },
  { name: 'PNG, whole map, 2×, network', view: 'Nettverk', choose: choosePng },
  { name: 'PDF report, A4', view: 'Matrise', choose: choosePdf },
]

interface Result {
  board: string
  name: string
  times: number[]
  bytes: number
  pixels?: string
  /** Per PNG step (the app's user-timing measures), one list per run. */
  steps: Record<string, number[]>
}

/** The PNG steps the app measures (see PNG_MEASURES in src/export/renderPng.ts). */
const STEPS = ['copy-dom', 'decode-svg', 'draw', 'encode'] as const

async function main() {
  const server = await startBenchServer('export', PORT, {
    // The benchmark measures exporting, not access checks: no tokens needed.
    SAMKART_ACCESS: 'open',
  })
  try {
    const boards = [
      { size: BASELINE, id: await seedBoard('Benchmark: 50 aktører', BASELINE) },
      { size: LARGE, id: await seedBoard('Benchmark: 500 aktører', LARGE) },
    ]
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
    })
    const results: Result[] = []
    try {
      for (const { size, id } of boards) {
        const context = await browser.newContext({
          viewport: { width: 1366, height: 860 },
          acceptDownloads: true,
          storageState: returningUser(BASE),
        })
        const page = await context.newPage()
        await page.goto(`${BASE}/b/${id}`)
        await page.getByRole('status').filter({ hasText: 'Live' }).waitFor()
        for (const c of CASES) {
          await showView(page, c.view, size.actors)
          await page.getByRole('button', { name: 'Eksporter', exact: true }).click()
          const dialog = page.getByRole('dialog', { name: 'Eksporter tavla' })
          await c.choose(page)
          const times: number[] = []
          let bytes = 0
          let pixels: string | undefined
          const steps: Record<string, number[]> = {}
          for (let run = 0; run < RUNS; run++) {
            await page.evaluate('performance.clearMeasures()')
            const start = performance.now()
            const [download] = await Promise.all([
              page.waitForEvent('download', { timeout: 120_000 }),
              dialog.getByRole('button', { name: 'Eksporter', exact: true }).click(),
            ])
            const path = await download.path()
            times.push(performance.now() - start)
            const file = readFileSync(path)
            bytes = file.length
            if (file.subarray(1, 4).toString() === 'PNG')
              pixels = `${file.readUInt32BE(16)} × ${file.readUInt32BE(20)}`
            await dialog.getByText('Lastet ned').waitFor()
            const measures = await page.evaluate<{ name: string; duration: number }[]>(
              "performance.getEntriesByType('measure').map((m) => ({ name: m.name, duration: m.duration }))",
            )
            for (const m of measures)
              if (m.name.startsWith('samkart-png:'))
                (steps[m.name.slice('samkart-png:'.length)] ??= []).push(m.duration)
          }
          results.push({ board: size.label, name: c.name, times, bytes, pixels, steps })
          await dialog.getByRole('button', { name: 'Lukk eksport' }).click()
        }
        await context.close()
      }
    } finally {
      await browser.close()
    }
    print(results)
  } finally {
    server.stop()
  }
}

async function choosePng(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Eksporter tavla' })
  await dialog.getByRole('radio', { name: 'Bilde (PNG)' }).check()
  await dialog.getByRole('radio', { name: 'Hele kartet' }).check()
  await dialog.getByRole('radio', { name: '2× (utskrift)' }).check()
}

async function choosePdf(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Eksporter tavla' })
  await dialog.getByRole('radio', { name: 'Rapport (PDF)' }).check()
  await dialog.getByRole('radio', { name: 'A4 liggende' }).check()
}

/** Switches the actor map to `view` and waits until every card is drawn. */
async function showView(page: Page, view: Case['view'], actors: number) {
  await page
    .getByRole('group', { name: 'Visning' })
    .getByRole('radio', { name: view })
    .check({ force: true })
  await page
    .locator('.react-flow__node')
    .nth(actors - 1)
    .waitFor()
  await page.waitForTimeout(500)
}

/** Creates a board through the API and fills it through a real sync client. */
async function seedBoard(title: string, size: BoardSize): Promise<string> {
  const response = await fetch(`${BASE}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  })
  const { id } = (await response.json()) as { id: string }
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`ws://127.0.0.1:${PORT}/ws`, id, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()))

  // A deterministic pseudo-random spread, so every run measures the same board.
  let seed = 42
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!
  const ids: string[] = []
  // A few large transactions, not thousands of small updates: the server's rate limit would
  // (rightly) close a client that sends that many messages in a second.
  doc.transact(() => {
    for (let i = 0; i < size.actors; i++) {
      const result = createActor(doc, {
        name: `Aktør ${String(i + 1).padStart(3, '0')}`,
        importance: random(),
        substitutability: random(),
        interest: random(),
        influence: random(),
      })
      if (result.ok) ids.push(result.value)
    }
  })
  doc.transact(() => {
    let made = 0
    while (made < size.relations) {
      const source = pick(ids)
      const target = pick(ids)
      if (source === target) continue
      const type = RELATION_TYPES[made % RELATION_TYPES.length]!
      if (createRelation(doc, { source, target, type, strength: random() }).ok) made++
    }
  })
  doc.transact(() => {
    for (let j = 0; j < size.journeys; j++) {
      const journey = createJourney(doc, { title: `Reise ${j + 1}` })
      if (!journey.ok) throw new Error('journey')
      for (let p = 0; p < size.phases; p++) {
        const phase = addPhase(doc, journey.value, { title: `Fase ${p + 1}` })
        if (!phase.ok) throw new Error('phase')
        for (let k = 0; k < size.touchpointsPerPhase; k++)
          addTouchpoint(doc, {
            phaseId: phase.value,
            title: `Kontaktpunkt ${j + 1}.${p + 1}.${k + 1}`,
            description: 'Familien tar kontakt og får svar etter en stund.',
            legalBasis: 'folketrygdloven § 9-10',
            emotion: Math.round(random() * 4 - 2),
            responsible: [pick(ids), pick(ids)].filter((v, i, a) => a.indexOf(v) === i),
          })
      }
    }
  })
  // Wait until the server has everything: a fresh client then sees the whole board.
  await new Promise((r) => setTimeout(r, 2500))
  provider.destroy()
  doc.destroy()
  return id
}

function print(results: Result[]) {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  const median = (v: number[]) => {
    const sorted = [...v].sort((a, b) => a - b)
    const mid = Math.floor(sorted.length / 2)
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  }
  console.log(
    `\nChromium (headless, no GPU), ${cpus().length} cores; ${RUNS} exports per case, the first reported apart\n`,
  )
  console.log(
    '| board | export | first | median of the rest | file | picture | median vs baseline |',
  )
  console.log('|---|---|---|---|---|---|---|')
  for (const r of results) {
    const base = results.find((b) => b.board === BASELINE.label && b.name === r.name)!
    const m = median(r.times.slice(1))
    const ratio = m / median(base.times.slice(1))
    console.log(
      `| ${r.board} | ${r.name} | ${s(r.times[0]!)} | ${s(m)} | ${(r.bytes / 1024).toFixed(0)} KiB | ${r.pixels ?? '–'} | ${ratio.toFixed(2)}× |`,
    )
  }
  console.log('\nPNG steps inside the app (median of the runs after the first):\n')
  console.log(`| board | export | ${STEPS.join(' | ')} |`)
  console.log(`|---|---|${STEPS.map(() => '---|').join('')}`)
  for (const r of results.filter((x) => x.steps['copy-dom']))
    console.log(
      `| ${r.board} | ${r.name} | ${STEPS.map((step) => s(median((r.steps[step] ?? [0]).slice(1)))).join(' | ')} |`,
    )
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
