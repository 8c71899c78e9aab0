import { createRequire } from 'node:module'
import { type Page, expect, test } from '@playwright/test'
import { mapPlacement } from '../src/export/composePng'
import { RELATION_TYPES, createActor, createRelation } from '@samkart/model'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import {
  addActor,
  axeViolations,
  boardToken,
  card,
  createBoardViaApi,
  exportFile,
  openBoard,
  openExport,
} from './helpers'

// The file decoders the export package tests with (its devDependencies), loaded from there.
const fromExportPackage = createRequire(
  new URL('../../../packages/export/package.json', import.meta.url),
)
const { PNG } = fromExportPackage('pngjs') as {
  PNG: { sync: { read(data: Buffer): { width: number; height: number; data: Buffer } } }
}
const { unzipSync } = fromExportPackage('fflate') as {
  unzipSync(data: Uint8Array): Record<string, Uint8Array>
}

const NAMES = ['NAV', 'Helsedirektoratet', 'Kommunen']

/**
 * Fills a board with `actors` actors and `relations` relations through a real sync client with
 * the board's facilitator token (the model's own operations; the server checks them as any
 * edit), and waits until the server has them.
 */
async function seedBoard(baseURL: string, boardId: string, actors: number, relations: number) {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`${baseURL.replace(/^http/, 'ws')}/ws`, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token: boardToken(boardId) },
  })
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
  const ids: string[] = []
  doc.transact(() => {
    for (let i = 0; i < actors; i++) {
      const created = createActor(doc, {
        name: `Aktør ${i + 1}`,
        importance: ((i * 37) % 100) / 100,
        substitutability: ((i * 61) % 100) / 100,
      })
      if (created.ok) ids.push(created.value)
    }
  })
  doc.transact(() => {
    for (let i = 0, made = 0; made < relations; i++) {
      const source = ids[i % ids.length]!
      const target = ids[(i * 7 + 3) % ids.length]!
      const type = RELATION_TYPES[i % RELATION_TYPES.length]!
      if (source !== target && createRelation(doc, { source, target, type }).ok) made++
    }
  })
  // The server has everything once a fresh client sees every actor.
  const check = new Y.Doc()
  const reader = new WebsocketProvider(`${baseURL.replace(/^http/, 'ws')}/ws`, boardId, check, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token: boardToken(boardId) },
  })
  await expect.poll(() => check.getMap('actors').size, { timeout: 20_000 }).toBe(actors)
  for (const p of [provider, reader]) p.destroy()
}

/** Pixels dark enough to be text or lines, within a box of the picture (device pixels). */
function darkPixels(
  png: { width: number; data: Buffer },
  box: { x: number; y: number; width: number; height: number },
): number {
  let count = 0
  for (let y = Math.round(box.y); y < Math.round(box.y + box.height); y++)
    for (let x = Math.round(box.x); x < Math.round(box.x + box.width); x++) {
      const i = (y * png.width + x) * 4
      const luminance =
        0.2126 * png.data[i]! + 0.7152 * png.data[i + 1]! + 0.0722 * png.data[i + 2]!
      if (luminance < 100) count++
    }
  return count
}

async function boardWithActors(page: Page, request: Parameters<typeof createBoardViaApi>[0]) {
  const boardId = await createBoardViaApi(request, 'Eksport: «Alvorlig sykt barn»')
  await openBoard(page, boardId)
  for (const name of NAMES) await addActor(page, name)
  return boardId
}

test('a PNG of the view decodes, is drawn at 2× and has the cards where they are on screen', async ({
  page,
  request,
}) => {
  await boardWithActors(page, request)
  // Where the map, each card and the zoom buttons are on screen, before the export.
  const map = page.getByRole('application', { name: 'Aktørkart: viktighet og erstatningsmulighet' })
  const mapBox = (await map.boundingBox())!
  const cards = await Promise.all(
    NAMES.map(async (name) => (await card(page, name).boundingBox())!),
  )
  const controls = (await page.getByRole('button', { name: 'Zoom inn' }).boundingBox())!

  const dialog = await openExport(page)
  expect(await axeViolations(page, 'dialog[open]')).toEqual([])
  await dialog.getByRole('radio', { name: 'Bilde (PNG)' }).check()
  await dialog.getByRole('radio', { name: 'Det du ser nå' }).check()
  await dialog.getByRole('radio', { name: '2× (utskrift)' }).check()

  const { download, bytes } = await exportFile(page)
  expect(download.suggestedFilename()).toMatch(
    /^eksport-alvorlig-sykt-barn-\d{4}-\d{2}-\d{2}\.png$/,
  )
  const png = PNG.sync.read(bytes)
  const origin = mapPlacement(Math.round(mapBox.width))
  expect(png.width).toBe(2 * (Math.round(mapBox.width) + 2 * origin.x))
  expect(png.height).toBeGreaterThan(2 * (origin.y + Math.round(mapBox.height)))

  // The title is written above the map.
  expect(darkPixels(png, { x: 0, y: 0, width: png.width, height: 2 * origin.y })).toBeGreaterThan(
    200,
  )
  // Each card's name is drawn where the card was, in the picture's coordinates.
  for (const box of cards) {
    const inPicture = {
      x: 2 * (origin.x + box.x - mapBox.x) + 6,
      y: 2 * (origin.y + box.y - mapBox.y) + 6,
      width: 2 * box.width - 12,
      height: 2 * box.height - 12,
    }
    expect(darkPixels(png, inPicture)).toBeGreaterThan(40)
  }
  // Controls and minimap are left out: the bottom-right corner, where the zoom buttons are on
  // screen, is the matrix's pale background in the picture.
  expect(
    darkPixels(png, {
      x: 2 * (origin.x + controls.x - mapBox.x),
      y: 2 * (origin.y + controls.y - mapBox.y),
      width: 2 * controls.width,
      height: 2 * controls.height,
    }),
  ).toBe(0)
})

test('a PNG of the whole board at 1× includes cards scrolled out of view', async ({
  page,
  request,
}) => {
  await boardWithActors(page, request)
  // Zoom in and pan the cards away, so most of the matrix is off screen.
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom inn' }).click()
  const mapBox = (await page
    .getByRole('application', { name: 'Aktørkart: viktighet og erstatningsmulighet' })
    .boundingBox())!
  // From low in the middle (clear of the floating tools) up to the far right: pans the cards
  // away over the top edge.
  await page.mouse.move(mapBox.x + mapBox.width / 2, mapBox.y + mapBox.height - 12)
  await page.mouse.down()
  await page.mouse.move(mapBox.x + mapBox.width - 10, mapBox.y + 10, { steps: 10 })
  await page.mouse.up()
  const offScreen = await Promise.all(
    NAMES.map(async (name) => {
      const box = await card(page, name).boundingBox()
      return (
        !box ||
        box.x + box.width < mapBox.x ||
        box.x > mapBox.x + mapBox.width ||
        box.y + box.height < mapBox.y ||
        box.y > mapBox.y + mapBox.height
      )
    }),
  )
  expect(offScreen).toContain(true)
  const dialog = await openExport(page)
  await dialog.getByRole('radio', { name: 'Bilde (PNG)' }).check()
  await dialog.getByRole('radio', { name: 'Hele kartet' }).check()
  await dialog.getByRole('radio', { name: '1× (skjerm)' }).check()
  const { bytes } = await exportFile(page)
  const png = PNG.sync.read(bytes)
  // The matrix is 1200 × 700 flow units plus its labels, drawn at zoom 1.
  expect(png.width).toBeGreaterThan(1200)
  expect(png.height).toBeGreaterThan(680)
  // Much wider than the zoomed-in view on screen: the whole matrix, not what is visible.
  expect(png.width).toBeGreaterThan(mapBox.width + 100)
  expect(darkPixels(png, { x: 0, y: 0, width: png.width, height: png.height })).toBeGreaterThan(
    NAMES.length * 100,
  )
})

test('a PNG of a whole journey holds its whole table, also the phases scrolled out of view', async ({
  page,
  request,
}) => {
  const created = await request.post('/api/boards', {
    data: { title: 'Reisebilde', template: 'alvorlig-sykt-barn' },
  })
  const { id, token } = (await created.json()) as { id: string; token?: string }
  await openBoard(page, id, token)
  await page.getByRole('link', { name: 'Brukerreiser' }).click()
  await page.getByRole('link', { name: 'Alvorlig sykt barn', exact: true }).click()
  const table = page.getByRole('table', { name: /Alvorlig sykt barn/ })
  const tableBox = (await table.boundingBox())!
  const region = (await page
    .getByRole('region', { name: /^Faser, kontaktpunkter og rader/ })
    .boundingBox())!
  // Wider than the screen: the last phases are out of view.
  expect(tableBox.width).toBeGreaterThan(region.width + 1000)

  const dialog = await openExport(page)
  await dialog.getByRole('radio', { name: 'Bilde (PNG)' }).check()
  await dialog.getByRole('radio', { name: 'Hele kartet' }).check()
  await dialog.getByRole('radio', { name: '1× (skjerm)' }).check()
  const { bytes } = await exportFile(page)
  const png = PNG.sync.read(bytes)
  const origin = mapPlacement(Math.round(tableBox.width))
  expect(png.width).toBe(Math.round(tableBox.width) + 2 * origin.x)
  // The last phase's column, far right, has its text drawn.
  const lastColumn = { x: png.width - origin.x - 190, y: origin.y, width: 180, height: 400 }
  expect(darkPixels(png, lastColumn)).toBeGreaterThan(100)
})

test('the SVG parses and holds every actor name as text, hostile names included', async ({
  page,
  request,
}) => {
  await boardWithActors(page, request)
  const hostile = '<img src=x onerror=alert(1)>'
  await addActor(page, hostile)
  const dialog = await openExport(page)
  await dialog.getByRole('radio', { name: 'Vektorgrafikk (SVG)' }).check()
  await expect(dialog.getByRole('combobox', { name: 'Visning' })).toHaveValue('matrix')
  const { download, bytes } = await exportFile(page)
  expect(download.suggestedFilename()).toMatch(/-aktorkart\.svg$/)
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      scripts: doc.querySelectorAll('script, foreignObject, img, [onerror]').length,
    }
  }, bytes.toString('utf8'))
  expect(parsed.error).toBeNull()
  expect(parsed.root).toBe('svg')
  // A long name may be wrapped over two lines, so names are looked for in the joined text.
  const text = parsed.texts.join(' ')
  for (const name of [...NAMES, hostile]) expect(text).toContain(name)
  expect(parsed.scripts).toBe(0)
})

test('the PDF report made in the browser is tagged: language, headings and described maps', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  await boardWithActors(page, request)
  const dialog = await openExport(page)
  await dialog.getByRole('radio', { name: 'Rapport (PDF)' }).check()
  const { download, bytes } = await exportFile(page)
  expect(download.suggestedFilename()).toMatch(/\.pdf$/)
  // pdf.js, as the export package's tests read it, from that package's devDependencies.
  type Node = { role?: string; alt?: string; children?: Node[] }
  const pdfjs = (await import(fromExportPackage.resolve('pdfjs-dist/legacy/build/pdf.mjs'))) as {
    getDocument(options: { data: Uint8Array; isEvalSupported: boolean }): {
      promise: Promise<{
        numPages: number
        getPage(n: number): Promise<{ getStructTree(): Promise<Node> }>
        getMetadata(): Promise<{ info: object }>
        destroy(): Promise<void>
      }>
    }
  }
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false })
    .promise
  const walk = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(walk)]
  const elements: Node[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const tree = walk((await (await doc.getPage(n)).getStructTree()) as Node)
    expect(tree.length, `page ${n}`).toBeGreaterThan(2)
    elements.push(...tree)
  }
  const metadata = (await doc.getMetadata()).info as { Title?: string; Language?: string }
  expect(metadata.Title).toBe('Eksport: «Alvorlig sykt barn»')
  expect(metadata.Language).toBe('nb-NO')
  expect(elements.filter((e) => e.role === 'H1').length).toBeGreaterThanOrEqual(4)
  expect(elements.some((e) => e.role === 'TH')).toBe(true)
  const alts = elements.filter((e) => e.role === 'Figure').map((e) => e.alt ?? '')
  expect(alts.length).toBeGreaterThanOrEqual(3)
  expect(alts[0]).toContain('med 3 aktører')
  await doc.destroy()
})

test('the export pack holds the PDF, PNG, SVGs, JSON and XLSX of the board', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  await boardWithActors(page, request)
  const dialog = await openExport(page)
  await dialog.getByRole('radio', { name: 'Eksportpakke (ZIP)' }).check()
  await dialog.getByRole('radio', { name: 'A3 liggende' }).check()
  const { download, bytes } = await exportFile(page)
  const stem = download.suggestedFilename().replace(/\.zip$/, '')
  const files = unzipSync(new Uint8Array(bytes))
  const names = Object.keys(files).sort()
  expect(names).toEqual(
    expect.arrayContaining([
      `${stem}.pdf`,
      `${stem}.png`,
      `${stem}.json`,
      `${stem}.xlsx`,
      `${stem}-aktorkart.svg`,
    ]),
  )
  expect(Buffer.from(files[`${stem}.pdf`]!.subarray(0, 5)).toString()).toBe('%PDF-')
  expect(PNG.sync.read(Buffer.from(files[`${stem}.png`]!)).width).toBeGreaterThan(1000)
  const board = JSON.parse(Buffer.from(files[`${stem}.json`]!).toString('utf8'))
  expect(board.format).toBe('samkart-board')
  expect(board.board.actors.map((a: { name: string }) => a.name).sort()).toEqual([...NAMES].sort())
  // XLSX is a zip of its own.
  expect(Object.keys(unzipSync(files[`${stem}.xlsx`]!))).toContain('xl/workbook.xml')
})

test('an export shows its progress and Cancel stops it: the worker is ended, nothing is downloaded', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(240_000)
  const boardId = await createBoardViaApi(request, 'Stor tavle')
  await seedBoard(baseURL!, boardId, 300, 480)
  await openBoard(page, boardId)
  await expect(card(page, 'Aktør 300')).toBeAttached()
  // The worker's code is held back on its way, so the pack is surely still running when
  // Cancel is pressed, however fast this machine writes it.
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    void page.context().route('**/assets/export.worker-*.js', async (route) => {
      resolve()
      await new Promise<void>((r) => (release = r))
      await route.continue()
    })
  })
  const dialog = await openExport(page)
  await dialog.getByRole('radio', { name: 'Eksportpakke (ZIP)' }).check()

  let downloads = 0
  page.on('download', () => downloads++)
  await dialog.getByRole('button', { name: 'Eksporter', exact: true }).click()
  const bar = dialog.getByRole('progressbar', { name: 'Fremdrift' })
  await expect(bar).toBeVisible()
  // Only Cancel is offered while the export runs, and the options are locked.
  await expect(dialog.getByRole('radio', { name: 'Bilde (PNG)' })).toBeDisabled()
  await expect(dialog.getByRole('button', { name: 'Eksporter', exact: true })).toHaveCount(0)
  // The picture is drawn (the first 30 %), then the worker is started for the rest.
  await held
  expect(Number(await bar.getAttribute('value'))).toBeGreaterThanOrEqual(30)
  await dialog.getByRole('button', { name: 'Avbryt eksporten' }).click()

  await expect(dialog.getByText('Eksporten ble avbrutt. Ingenting ble lastet ned.')).toBeVisible()
  await expect(bar).toBeHidden()
  await expect(dialog.getByRole('radio', { name: 'Bilde (PNG)' })).toBeEnabled()
  // Let the worker's code through: a worker that was not ended would start now and write the
  // pack. Long enough for that to have happened.
  release()
  await page.waitForTimeout(5000)
  expect(page.workers()).toHaveLength(0)
  expect(downloads).toBe(0)

  // The same export, not cancelled, finishes with the whole pack.
  await page.context().unroute('**/assets/export.worker-*.js')
  const { download, bytes } = await exportFile(page)
  const stem = download.suggestedFilename().replace(/\.zip$/, '')
  expect(Object.keys(unzipSync(new Uint8Array(bytes)))).toContain(`${stem}.pdf`)
  expect(downloads).toBe(1)
})
