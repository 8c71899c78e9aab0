import { createRequire } from 'node:module'
import { type Page, expect, test } from '@playwright/test'
import {
  addActor,
  axeViolations,
  createBoardViaApi,
  exportFile,
  openBoard,
  openExport,
} from './helpers'

const fromExportPackage = createRequire(
  new URL('../../../packages/export/package.json', import.meta.url),
)
const { PNG } = fromExportPackage('pngjs') as {
  PNG: { sync: { read(data: Buffer): { width: number; height: number } } }
}

/** The text of every page of a PDF, read with pdf.js as the export package's tests read it. */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = (await import(fromExportPackage.resolve('pdfjs-dist/legacy/build/pdf.mjs'))) as {
    getDocument(options: { data: Uint8Array; isEvalSupported: boolean }): {
      promise: Promise<{
        numPages: number
        getPage(n: number): Promise<{ getTextContent(): Promise<{ items: { str?: string }[] }> }>
        destroy(): Promise<void>
      }>
    }
  }
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false })
    .promise
  const pages: string[] = []
  for (let n = 1; n <= doc.numPages; n++)
    pages.push(
      (await (await doc.getPage(n)).getTextContent()).items.map((i) => i.str ?? '').join(' '),
    )
  await doc.destroy()
  return pages.join('\n')
}

/** Opens a touchpoint's panel from its header in the journey table. */
async function openTouchpoint(page: Page, title: string) {
  await page
    .getByRole('table', { name: /Faser, kontaktpunkter og rader/ })
    .getByRole('button', { name: new RegExp(`^${title}`) })
    .click()
  return page.getByRole('complementary', { name: /^Kontaktpunkt/ })
}

/** The compare table's row of a phase. */
const compareRow = (page: Page, phase: string) =>
  page
    .getByRole('table', { name: /^Sammenligning per fase/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: phase, exact: true }) })

test('a to-be made from an as-is is compared live: a changed owner shows for another participant', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(240_000)
  const boardId = await createBoardViaApi(request, 'Som i dag og ønsket')
  await openBoard(page, boardId)
  await addActor(page, 'NAV')
  await addActor(page, 'Kommunen')
  await page.getByRole('link', { name: 'Brukerreiser' }).click()
  await page.getByRole('button', { name: 'Ny brukerreise' }).click()
  const form = page.getByRole('dialog')
  await form.getByRole('textbox', { name: 'Tittel' }).fill('Pleiepenger')
  await form.getByRole('button', { name: 'Opprett reisen' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Pleiepenger' })).toBeVisible()
  await page.getByRole('button', { name: 'Legg til kontaktpunkt i «Før»' }).click()
  const panel = page.getByRole('complementary', { name: /^Kontaktpunkt/ })
  await panel.getByRole('textbox', { name: 'Tittel' }).fill('Søknad')
  await panel.getByRole('textbox', { name: 'Tittel' }).press('Enter')
  await panel.getByRole('searchbox', { name: 'Søk etter aktør' }).fill('NAV')
  await panel.getByRole('checkbox', { name: 'NAV', exact: true }).check()
  await panel.getByRole('button', { name: 'Lukk detaljene' }).click()

  // «Lag ønsket reise»: a linked copy opens, marked as the to-be.
  await page.getByRole('button', { name: 'Lag ønsket reise' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Pleiepenger – ønsket' })).toBeVisible()
  await expect(page.getByText('Ønsket', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Sammenlign med «Pleiepenger»' })).toBeVisible()

  // A second participant opens the as-is journey and its comparison.
  const other = await (await browser.newContext()).newPage()
  await openBoard(other, boardId)
  await other.getByRole('link', { name: 'Brukerreiser' }).click()
  await other.getByRole('link', { name: 'Pleiepenger', exact: true }).click()
  await expect(other.getByText('Som i dag', { exact: true })).toBeVisible()
  await other.getByRole('button', { name: 'Sammenlign med «Pleiepenger – ønsket»' }).click()
  await expect(other.getByRole('heading', { level: 2, name: 'Som i dag og ønsket' })).toBeFocused()
  const before = compareRow(other, 'Før')
  await expect(before.getByRole('cell').nth(2)).toHaveText('Ingen forskjell')
  expect(await axeViolations(other, '.compare-view')).toEqual([])

  // The first participant gives the copy's touchpoint to the municipality instead of NAV.
  const copy = await openTouchpoint(page, 'Søknad')
  await copy.getByRole('searchbox', { name: 'Søk etter aktør' }).fill('NAV')
  await copy.getByRole('checkbox', { name: 'NAV', exact: true }).uncheck()
  await copy.getByRole('searchbox', { name: 'Søk etter aktør' }).fill('Kommunen')
  await copy.getByRole('checkbox', { name: 'Kommunen', exact: true }).check()

  // The second participant's comparison changes at once, said in words.
  const differences = before.getByRole('cell').nth(2)
  await expect(differences).toContainText('«Søknad»: ansvarlig NAV → Kommunen')
  await expect(differences).toContainText('Ikke lenger med: NAV')
  await expect(differences).toContainText('Ny virksomhet: Kommunen')
  await expect(before.getByRole('cell').nth(1)).toContainText('Kommunen')
  await expect(before.getByRole('cell').nth(0)).toContainText('NAV')

  // By keyboard: back to the journey lands on «Sammenlign», Enter opens the comparison again.
  await other.getByRole('link', { name: 'Tilbake til reisen' }).focus()
  await other.keyboard.press('Enter')
  const compare = other.getByRole('button', { name: 'Sammenlign med «Pleiepenger – ønsket»' })
  await expect(compare).toBeFocused()
  await other.keyboard.press('Enter')
  await expect(other.getByRole('heading', { level: 2, name: 'Som i dag og ønsket' })).toBeFocused()
  await other.keyboard.press('Tab')
  await expect(other.getByRole('link', { name: 'Åpne «Pleiepenger»' })).toBeFocused()
  await other.context().close()
})

test('the journey form marks a journey and links it with its counterpart both ways', async ({
  page,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Kobling')
  await openBoard(page, boardId)
  await page.getByRole('link', { name: 'Brukerreiser' }).click()
  for (const title of ['I dag', 'I morgen']) {
    await page.getByRole('button', { name: 'Ny brukerreise' }).click()
    await page.getByRole('dialog').getByRole('textbox', { name: 'Tittel' }).fill(title)
    await page.getByRole('dialog').getByRole('button', { name: 'Opprett reisen' }).click()
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible()
    await page.getByRole('link', { name: 'Alle brukerreiser' }).click()
  }
  await page.getByRole('button', { name: 'Rediger «I morgen»' }).click()
  const form = page.getByRole('dialog')
  await form.getByRole('combobox', { name: 'Reisen viser' }).selectOption({
    label: 'Slik det bør bli (ønsket)',
  })
  await form.getByRole('combobox', { name: 'Sammenlignes med' }).selectOption({ label: 'I dag' })
  expect(await axeViolations(page, 'dialog[open]')).toEqual([])
  await form.getByRole('button', { name: 'Lagre' }).click()
  await expect(form).toBeHidden()

  // The other end knows the link too: «I dag» compares with «I morgen».
  await page.getByRole('link', { name: 'I dag', exact: true }).click()
  await page.getByRole('button', { name: 'Sammenlign med «I morgen»' }).click()
  // «I morgen» is the to-be, so it is on the right whichever journey the view was opened from.
  await expect(
    page.getByRole('columnheader', { name: 'Ønsket: I morgen', exact: true }),
  ).toBeVisible()
})

test('the template comparison exports as a PNG and as a section of the PDF report', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000)
  const boardId = await createBoardViaApi(request, 'Eksport av sammenligning', 'alvorlig-sykt-barn')
  await openBoard(page, boardId)
  await page.getByRole('link', { name: 'Brukerreiser' }).click()
  await page.getByRole('link', { name: 'Alvorlig sykt barn', exact: true }).click()
  await page.getByRole('button', { name: 'Sammenlign med «Alvorlig sykt barn – ønsket»' }).click()
  // The figures the model test works out by hand.
  const summary = page.getByRole('list', { name: 'Hele reisen' })
  await expect(summary).toContainText('Overleveringer: 11 → 8 (3 færre, bedre)')
  await expect(summary).toContainText('Virksomheter: 9 → 6 (3 færre, bedre)')
  expect(await axeViolations(page, '.compare-view')).toEqual([])
  const table = page.getByRole('table', { name: /^Sammenligning per fase/ })
  const tableBox = (await table.boundingBox())!

  const dialog = await openExport(page)
  await dialog.getByRole('radio', { name: 'Bilde (PNG)' }).check()
  await dialog.getByRole('radio', { name: 'Hele kartet' }).check()
  await dialog.getByRole('radio', { name: '1× (skjerm)' }).check()
  const picture = PNG.sync.read((await exportFile(page)).bytes)
  // The whole comparison table, taller than the screen shows it, is in the picture.
  expect(picture.width).toBeGreaterThanOrEqual(Math.round(tableBox.width))
  expect(picture.height).toBeGreaterThan(page.viewportSize()!.height)

  await dialog.getByRole('radio', { name: 'Rapport (PDF)' }).check()
  const text = await pdfText((await exportFile(page)).bytes)
  expect(text).toContain('Som i dag og ønsket: Alvorlig sykt barn og Alvorlig sykt barn – ønsket')
  // Helvetica (WinAnsi) has no arrow: the report prints «->», as the version comparison does.
  expect(text).toContain('Overleveringer: 11 -> 8')
})
