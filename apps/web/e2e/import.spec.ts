import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { type Locator, type Page, expect, test } from '@playwright/test'
import {
  addActor,
  axeViolations,
  card,
  createBoardViaApi,
  createLinkViaApi,
  openBoard,
  twoParticipants,
} from './helpers'

// The spreadsheet writer the export package uses (its dependency), loaded from there.
const fromExportPackage = createRequire(
  new URL('../../../packages/export/package.json', import.meta.url),
)
const ExcelJS = fromExportPackage('exceljs') as {
  Workbook: new () => {
    addWorksheet(name: string): { addRow(values: unknown[]): void }
    xlsx: { writeBuffer(): Promise<ArrayBuffer> }
  }
}

/** A card by its exact name, whatever characters the name holds. */
const cardNamed = (page: Page, name: string) =>
  card(page, name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))

const importDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Importer fra CSV eller XLSX' })

async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Importer', exact: true }).click()
  const dialog = importDialog(page)
  await expect(dialog).toBeVisible()
  return dialog
}

const FORMULA = '=HYPERLINK("http://evil.example","klikk")'
const HOSTILE = '<img src=x onerror=alert(1)>'
/** Header is row 1; rows 3, 4 and 7 have errors. */
const ACTORS_CSV = [
  'Navn;Organisasjonsnummer;Viktighet (%);Notater',
  'Arbeids- og velferdsetaten;889640782;80;Forvalter ytelsene',
  ';;50;Mangler navn',
  'Statsforvalteren;123;40;Feil organisasjonsnummer',
  `"${FORMULA.replaceAll('"', '""')}";;30;Formel`,
  `${HOSTILE};;20;<script>alert(2)</script>`,
  'Helsedirektoratet;;abc;Feil tall',
].join('\r\n')

test('actors from CSV: preview, mapping and row errors; Cancel changes nothing, confirm adds the valid rows for everyone, as inert text', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000)
  const boardId = await createBoardViaApi(request, 'Import av aktører')
  const [a, b] = await twoParticipants(browser, boardId)
  let alerts = 0
  for (const page of [a, b]) page.on('dialog', (d) => void d.dismiss().then(() => alerts++))
  const file = { name: 'aktorer.csv', mimeType: 'text/csv', buffer: Buffer.from(ACTORS_CSV) }

  // Pick the file: the preview, the guessed mapping and every bad row, before anything changes.
  let dialog = await openImport(a)
  await dialog.getByLabel('Fil (CSV eller XLSX)').setInputFiles(file)
  const preview = dialog.getByRole('table')
  await expect(preview.getByRole('row')).toHaveCount(7)
  await expect(preview.getByRole('cell', { name: FORMULA, exact: true })).toBeVisible()
  await expect(dialog.getByRole('combobox', { name: 'Navn (må fylles ut)' })).toHaveValue('0')
  await expect(dialog.getByRole('combobox', { name: 'Organisasjonsnummer' })).toHaveValue('1')
  await expect(dialog.getByText('3 rader kan importeres. 3 rader har feil')).toBeVisible()
  const errors = dialog.getByRole('list', { name: 'Feil som må rettes i fila' })
  await expect(errors.getByRole('listitem').filter({ hasText: /^Rad 3:/ })).toHaveCount(1)
  await expect(errors.getByRole('listitem').filter({ hasText: /^Rad 4:/ })).toHaveCount(1)
  await expect(errors.getByRole('listitem').filter({ hasText: /^Rad 7: .*abc/ })).toHaveCount(1)
  expect(await axeViolations(a, 'dialog[open]')).toEqual([])

  // Cancel: the dialog closes and neither participant's board has changed.
  await dialog.getByRole('button', { name: 'Avbryt' }).click()
  await expect(dialog).toBeHidden()
  await a.waitForTimeout(500)
  for (const page of [a, b])
    await expect(page.getByRole('group', { name: / (Viktig|Moderat|Lav)$/ })).toHaveCount(0)

  // Again, this time leaving out the scores: the «abc» row is fine then, and four rows go in.
  dialog = await openImport(a)
  await dialog.getByLabel('Fil (CSV eller XLSX)').setInputFiles(file)
  await dialog
    .getByRole('combobox', { name: 'Viktighet (%)' })
    .selectOption({ label: 'Ikke importer' })
  await expect(dialog.getByText('4 rader kan importeres. 2 rader har feil')).toBeVisible()
  await expect(errors.getByRole('listitem').filter({ hasText: /^Rad 7:/ })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Importer 4 rader' }).click()
  await expect(dialog.getByText('Importerte 4 rader.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Lukk import' }).click()

  // The second participant sees exactly the valid rows, the formula and the markup as text.
  for (const name of ['Arbeids- og velferdsetaten', 'Helsedirektoratet', FORMULA, HOSTILE])
    await expect(cardNamed(b, name)).toBeVisible()
  await expect(b.getByRole('group', { name: / (Viktig|Moderat|Lav)$/ })).toHaveCount(4)
  await expect(cardNamed(b, 'Statsforvalteren')).toHaveCount(0)
  await expect(cardNamed(b, HOSTILE).getByText(HOSTILE, { exact: true })).toBeVisible()
  for (const page of [a, b]) {
    expect(await page.locator('img[src="x"], a[href*="evil.example"]').count()).toBe(0)
  }
  expect(alerts).toBe(0)
})

test('touchpoints with responsible agencies from XLSX go into the chosen journey', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  const created = await request.post('/api/boards', {
    data: { title: 'Import av kontaktpunkter', template: 'alvorlig-sykt-barn' },
  })
  expect(created.status()).toBe(201)
  const { id, token } = (await created.json()) as { id: string; token?: string }
  await openBoard(page, id, token)
  await expect(card(page, 'Hdir').getByTitle(/kontaktpunkt/)).toHaveCount(0)

  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Kontaktpunkter')
  sheet.addRow(['Fase', 'Kontaktpunkt', 'Hjemmel', 'Ansvarlige virksomheter'])
  sheet.addRow([
    'Kontakt og utredning',
    'Nasjonal veileder for sjeldne diagnoser',
    'helsepersonelloven § 4',
    'Helsedirektoratet',
  ])
  sheet.addRow(['Kontakt og utredning', 'Ukjent ansvarlig', '', 'Finnes ikke AS'])
  sheet.addRow(['Fase som ikke finnes', 'Feil fase', '', 'Helsedirektoratet'])
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer())

  const dialog = await openImport(page)
  await dialog.getByRole('radio', { name: 'Kontaktpunkter med ansvarlige virksomheter' }).check()
  await expect(dialog.getByRole('combobox', { name: 'Til brukerreise' })).toHaveValue(/.+/)
  await dialog.getByLabel('Fil (CSV eller XLSX)').setInputFiles({
    name: 'kontaktpunkter.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  })
  await expect(dialog.getByText('1 rad kan importeres. 2 rader har feil')).toBeVisible()
  const errors = dialog.getByRole('list', { name: 'Feil som må rettes i fila' })
  await expect(errors.getByText(/^Rad 3: .*Finnes ikke AS/)).toBeVisible()
  await expect(errors.getByText(/^Rad 4: .*Fase som ikke finnes/)).toBeVisible()
  expect(await axeViolations(page, 'dialog[open]')).toEqual([])
  await dialog.getByRole('button', { name: 'Importer 1 rad' }).click()
  await expect(dialog.getByText('Importerte 1 rad.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Lukk import' }).click()

  // Helsedirektoratet now owns it: its card counts it, and the journey shows it in its phase.
  await expect(card(page, 'Hdir').getByTitle('1 kontaktpunkt')).toHaveText('1')
  await page.getByRole('link', { name: 'Brukerreiser' }).click()
  await page.getByRole('link', { name: 'Alvorlig sykt barn', exact: true }).click()
  const table = page.getByRole('table', { name: /Alvorlig sykt barn/ })
  await expect(
    table.getByRole('button', { name: /^Nasjonal veileder for sjeldne diagnoser/ }),
  ).toBeVisible()
  await expect(table.getByRole('button', { name: /^Feil fase|^Ukjent ansvarlig/ })).toHaveCount(0)
})

test('a board exported as JSON imports on the start page as a new board with the same actors', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  const boardId = await createBoardViaApi(request, 'Kildetavle')
  await openBoard(page, boardId)
  const names = ['NAV', 'Helsedirektoratet', 'Kommunen']
  for (const name of names) await addActor(page, name)

  await page.getByRole('button', { name: 'Eksporter', exact: true }).click()
  const exportDialog = page.getByRole('dialog', { name: 'Eksporter tavla' })
  await exportDialog.getByRole('radio', { name: 'Hele tavla (JSON)' }).check()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exportDialog.getByRole('button', { name: 'Eksporter', exact: true }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^kildetavle-\d{4}-\d{2}-\d{2}\.json$/)
  const json = await readFile(await download.path())

  await page.goto('/')
  const section = page.getByRole('region', { name: 'Importer tavle' })
  await section.getByLabel('JSON-fil').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: json,
  })
  await expect(section.getByText('«Kildetavle»: 3 aktører, 0 relasjoner')).toBeVisible()
  await expect(section.getByRole('textbox', { name: 'Navn på den nye tavla' })).toHaveValue(
    'Kildetavle',
  )
  expect(await axeViolations(page, 'main')).toEqual([])
  await section.getByRole('textbox', { name: 'Navn på den nye tavla' }).fill('Kopi fra fil')
  await section.getByRole('button', { name: 'Opprett tavle fra fila' }).click()

  await expect(page).toHaveURL(/\/b\/[0-9A-Za-z_-]+$/)
  expect(page.url()).not.toContain(boardId)
  await expect(page.getByRole('heading', { level: 1, name: 'Kopi fra fil' })).toBeVisible()
  await expect(page.getByRole('status').first()).toContainText('Live')
  for (const name of names) await expect(card(page, name)).toBeVisible()
})

test('a broken, foreign or newer board file is refused with a clear reason and creates nothing', async ({
  page,
}) => {
  await page.goto('/')
  const section = page.getByRole('region', { name: 'Importer tavle' })
  const input = section.getByLabel('JSON-fil')
  const cases: [string, string | RegExp][] = [
    ['{"format": "samkart-board", "version": 1, "board": {"tit', 'Fila er ikke gyldig JSON'],
    ['{"hello": "world"}', 'Fila er ikke en tavle eksportert fra Samkart.'],
    [
      JSON.stringify({ format: 'samkart-board', version: 99, exportedAt: '2030-01-01', board: {} }),
      'Fila er laget av en nyere Samkart (versjon 99)',
    ],
    ['', 'Fila er tom.'],
  ]
  for (const [text, message] of cases) {
    await input.setInputFiles({
      name: 'tavle.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    })
    await expect(
      section.getByRole('alert').or(section.locator('[data-color="danger"]')),
    ).toContainText(message)
    await expect(section.getByRole('button', { name: 'Opprett tavle fra fila' })).toHaveCount(0)
  }
  expect(await axeViolations(page, 'main')).toEqual([])
})

test('a viewer may export the board but is not offered the import', async ({ page, request }) => {
  const boardId = await createBoardViaApi(request, 'Bare lesetilgang')
  const link = await createLinkViaApi(request, boardId, undefined, 'viewer')
  await openBoard(page, boardId, link.token)
  await expect(page.getByRole('heading', { name: 'Du kan se, men ikke endre' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Eksporter', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Importer', exact: true })).toHaveCount(0)
})
