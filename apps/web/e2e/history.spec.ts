import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { type Page, expect, test } from '@playwright/test'
import { addActor, axeViolations, card, createBoardViaApi, twoParticipants } from './helpers'

// The file decoders the export package tests with (its devDependencies), loaded from there.
const fromExportPackage = createRequire(
  new URL('../../../packages/export/package.json', import.meta.url),
)
const { PNG } = fromExportPackage('pngjs') as {
  PNG: { sync: { read(data: Buffer): { width: number; height: number } } }
}

/** Clicks a download button and returns the file's name and bytes once it says it is done. */
async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  await expect(page.getByText(`Lastet ned ${file.suggestedFilename()}.`)).toBeVisible()
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) }
}

/** The PDF's figures' descriptions and its text, read with pdf.js. */
async function pdfFigures(bytes: Buffer): Promise<{ alts: string[]; text: string }> {
  type Node = { role?: string; alt?: string; children?: Node[] }
  const pdfjs = (await import(fromExportPackage.resolve('pdfjs-dist/legacy/build/pdf.mjs'))) as {
    getDocument(options: { data: Uint8Array; isEvalSupported: boolean }): {
      promise: Promise<{
        numPages: number
        getPage(n: number): Promise<{
          getStructTree(): Promise<Node>
          getTextContent(): Promise<{ items: { str?: string }[] }>
        }>
        destroy(): Promise<void>
      }>
    }
  }
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false })
    .promise
  const walk = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(walk)]
  const alts: string[] = []
  let text = ''
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    alts.push(
      ...walk(await page.getStructTree())
        .filter((e) => e.role === 'Figure')
        .map((e) => e.alt ?? ''),
    )
    text += (await page.getTextContent()).items.map((i) => i.str ?? '').join(' ') + '\n'
  }
  await doc.destroy()
  return { alts, text }
}

/** Opens «Historikk» and returns its dialog. */
async function openHistory(page: Page) {
  await page.getByRole('button', { name: 'Historikk' }).click()
  const dialog = page.getByRole('dialog', { name: 'Versjonshistorikk' })
  await expect(dialog).toBeVisible()
  return dialog
}

/** Screenshots of what is on screen at the two window sizes the workshop rooms use. */
async function screenshots(page: Page, name: string) {
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size)
    await page.screenshot({ path: test.info().outputPath(`${name}-${size.width}.png`) })
  }
  await page.setViewportSize({ width: 1366, height: 860 })
}

test('a named version, a change, the comparison with an arrow, and a restore for both', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Historikk')
  const [a, b] = await twoParticipants(browser, boardId)

  // Two participants edit: A adds NAV (upper-left «Moderat»), B adds Kommunen.
  await addActor(a, 'NAV')
  await addActor(b, 'Kommunen')
  await expect(card(a, 'Kommunen')).toBeVisible()
  await expect(card(b, 'NAV', 'Moderat')).toBeVisible()

  // A names the board as it is.
  let history = await openHistory(a)
  await history.getByRole('textbox', { name: /Lagre tavla slik den er nå/ }).fill('Før workshop 2')
  await history.getByRole('button', { name: 'Lagre versjon' }).click()
  await expect(history.getByText('Versjonen «Før workshop 2» er lagret.')).toBeVisible()
  await expect(history.getByRole('listitem').filter({ hasText: 'Før workshop 2' })).toContainText(
    '2 aktører lagt til',
  )
  expect(await axeViolations(a, 'dialog[open]')).toEqual([])
  await screenshots(a, 'history-panel')
  await history.getByRole('button', { name: 'Lukk historikken' }).click()

  // B moves NAV across to «Viktig», and it is now there for both.
  await card(b, 'NAV').focus()
  for (let i = 0; i < 7; i++) await b.keyboard.press('Shift+ArrowRight')
  await expect(card(a, 'NAV', 'Viktig')).toBeVisible()

  // A compares the named version with now: NAV is drawn at both places with an arrow, and
  // the category change is listed.
  history = await openHistory(a)
  await expect(history.getByRole('combobox', { name: 'Før' })).toHaveValue(/.+/)
  await history.getByRole('button', { name: 'Sammenlign' }).click()
  await expect(a.getByRole('region', { name: 'Gammel versjon, skrivebeskyttet' })).toContainText(
    /Du sammenligner «Før workshop 2 \(.+\)» med «Nå \(tavla slik den er\)»/,
  )
  const moved = a.getByRole('img', { name: 'NAV: flyttet fra Moderat til Viktig' })
  await expect(moved).toBeVisible()
  // Hollow where it was, filled where it is, and the arrow between.
  await expect(moved.locator('circle')).toHaveCount(2)
  await expect(moved.locator('line')).toHaveCount(1)
  await expect(a.getByRole('img', { name: 'Kommunen' })).toBeVisible()
  await expect(a.getByRole('listitem').filter({ hasText: 'NAV: Moderat → Viktig' })).toBeVisible()
  expect(await axeViolations(a, 'main')).toEqual([])
  await screenshots(a, 'history-compare')

  // The comparison goes into the PDF report as its first section, and out as a picture.
  const report = await download(a, 'Last ned PDF-rapport med sammenligningen')
  expect(report.name).toMatch(/-sammenligning\.pdf$/)
  const pdf = await pdfFigures(report.bytes)
  expect(pdf.alts[0]).toMatch(/^Aktørkartet etter endringene: 1 aktør flyttet/)
  expect(pdf.alts[0]).toContain('NAV: Moderat → Viktig')
  expect(pdf.text).toContain('Sammenligning: Før workshop 2')
  const picture = await download(a, 'Last ned bilde av aktørkartet (PNG)')
  expect(picture.name).toMatch(/-sammenligning\.png$/)
  const png = PNG.sync.read(picture.bytes)
  expect(png.width).toBeGreaterThan(1500)
  expect(png.height).toBeGreaterThan(1000)
  await a.getByRole('button', { name: 'Tilbake til tavla' }).click()
  await expect(card(a, 'NAV', 'Viktig')).toBeVisible()

  // The version opens read-only, clearly marked, while the board goes on.
  history = await openHistory(a)
  await history.getByRole('button', { name: /^Åpne Før workshop 2/ }).click()
  const banner = a.getByRole('region', { name: 'Gammel versjon, skrivebeskyttet' })
  await expect(banner).toContainText('Du ser versjonen «Før workshop 2»')
  await expect(card(a, 'NAV', 'Moderat')).toBeVisible()
  await expect(a.getByRole('button', { name: 'Legg til aktør' })).toHaveCount(0)
  await expect(card(b, 'NAV', 'Viktig')).toBeVisible()
  await banner.getByRole('button', { name: 'Tilbake til tavla' }).click()

  // The facilitator restores it: the old placement comes back for both.
  history = await openHistory(a)
  await history.getByRole('button', { name: /^Gjenopprett Før workshop 2/ }).click()
  const confirm = a.getByRole('dialog', { name: 'Gjenopprette «Før workshop 2»?' })
  await confirm.getByRole('button', { name: 'Gjenopprett' }).click()
  await expect(history.getByText('Tavla er gjenopprettet til «Før workshop 2».')).toBeVisible()
  await expect(history.getByRole('listitem').first()).toContainText('Gjenopprettet: Før workshop 2')
  await history.getByRole('button', { name: 'Lukk historikken' }).click()
  await expect(card(a, 'NAV', 'Moderat')).toBeVisible()
  await expect(card(b, 'NAV', 'Moderat')).toBeVisible()
  await expect(card(b, 'Kommunen')).toBeVisible()

  await a.context().close()
  await b.context().close()
})
