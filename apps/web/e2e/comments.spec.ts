import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { type Browser, type Page, expect, test } from '@playwright/test'
import {
  type Role,
  addActor,
  axeViolations,
  boardUrl,
  card,
  createBoardViaApi,
  createLinkViaApi,
} from './helpers'

/** Opens the board with a share link of `role` in a browser of its own, named `name`. */
async function join(browser: Browser, boardId: string, token: string | undefined, name: string) {
  const page = await (await browser.newContext()).newPage()
  await page.goto(boardUrl(boardId, '', token))
  await expect(page.getByRole('status')).toContainText('Live')
  await page.getByRole('button', { name: /til stede/ }).click()
  await page.getByRole('textbox', { name: 'Navnet ditt' }).fill(name)
  await page.getByRole('textbox', { name: 'Navnet ditt' }).press('Enter')
  await expect(page.getByRole('button', { name: /til stede/ })).not.toContainText('Velg navn')
  await page.keyboard.press('Escape')
  return page
}

const fromExportPackage = createRequire(
  new URL('../../../packages/export/package.json', import.meta.url),
)

/** The text of every page of a PDF, read with pdf.js as the export package's tests read it. */
async function pdfPages(bytes: Buffer): Promise<string[]> {
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
  return pages
}

const rail = (page: Page) => page.getByRole('complementary', { name: 'Verktøy for verkstedet' })
const railButton = (page: Page) =>
  rail(page).getByRole('button', { name: 'Kommentarer', exact: true })
const panel = (page: Page) => page.getByRole('region', { name: 'Kommentarer' })

/** Opens NAV's threads from its details panel, by keyboard: focus the card, then the button. */
async function openActorThreads(page: Page) {
  await card(page, 'NAV').focus()
  const details = page.getByRole('region', { name: 'NAV' })
  await details.getByRole('button', { name: /^Kommentarer/ }).focus()
  await page.keyboard.press('Enter')
  await expect(panel(page).getByRole('heading', { name: 'Aktør: NAV' })).toBeFocused()
}

async function tokenFor(request: Parameters<typeof createLinkViaApi>[0], id: string, role: Role) {
  return (await createLinkViaApi(request, id, undefined, role)).token
}

test('a thread on an actor: mention, reply, resolve; viewers comment only when allowed', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Kommentarer')
  const fride = await join(browser, boardId, undefined, 'Fride')
  const eirik = await join(browser, boardId, await tokenFor(request, boardId, 'editor'), 'Eirik')
  const vera = await join(browser, boardId, await tokenFor(request, boardId, 'viewer'), 'Vera')
  await addActor(fride, 'NAV')

  // The facilitator starts a thread and mentions the editor, choosing him from the list.
  await openActorThreads(fride)
  const field = panel(fride).getByRole('textbox', { name: 'Ny kommentar' })
  await field.focus()
  await fride.keyboard.type('Hvem eier dette, @Ei')
  await expect(panel(fride).getByRole('option', { name: 'Eirik' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await fride.keyboard.press('Enter')
  await expect(field).toHaveValue('Hvem eier dette, @Eirik ')
  await fride.keyboard.press('Control+Enter')
  await expect(panel(fride).getByText('Hvem eier dette, @Eirik')).toBeVisible()
  await expect(card(fride, 'NAV')).toHaveAccessibleDescription(/1 åpen kommentartråd/)
  await fride.screenshot({ path: 'test-results/comments-card.png' })

  // The editor sees the mention: a count on the rail button, and the comment highlighted.
  await expect(railButton(eirik)).toContainText('1')
  await expect(railButton(eirik)).toHaveAccessibleDescription('1 ulest nevnelse av deg')
  await railButton(eirik).focus()
  await eirik.keyboard.press('Enter')
  const item = panel(eirik).getByRole('button', { name: /Åpne tråden om Aktør NAV, Nevner deg/ })
  await item.focus()
  await eirik.keyboard.press('Enter')
  const comment = panel(eirik).getByRole('article', { name: /^Fride/ })
  await expect(comment.getByText('Nevner deg')).toBeVisible()
  await expect(railButton(eirik)).not.toContainText('1')
  expect(await axeViolations(eirik, '#workshop-panel-comments')).toEqual([])
  await panel(eirik).getByRole('textbox', { name: 'Svar i tråden' }).focus()
  await eirik.keyboard.type('Vi gjør det')
  await eirik.keyboard.press('Control+Enter')

  // The facilitator sees the reply and resolves the thread.
  await expect(panel(fride).getByRole('article', { name: /^Eirik/ })).toContainText('Vi gjør det')
  await panel(fride).getByRole('button', { name: 'Marker som løst' }).focus()
  await fride.keyboard.press('Enter')
  await expect(panel(fride).getByText('Løst', { exact: true })).toBeVisible()
  await expect(card(fride, 'NAV')).not.toHaveAccessibleDescription(/kommentartråd/)
  // «Vis på tavla» selects the card and moves focus to it.
  await fride.getByRole('link', { name: 'Brukerreiser' }).click()
  await panel(fride).getByRole('button', { name: 'Vis på tavla' }).click()
  await expect(card(fride, 'NAV')).toBeFocused()
  await expect(fride.getByRole('region', { name: 'NAV' })).toBeVisible()

  // The viewer reads but cannot write until the facilitator allows it.
  await openActorThreads(vera)
  await expect(panel(vera).getByText('Fasilitator har ikke åpnet')).toBeVisible()
  await expect(panel(vera).getByRole('textbox')).toHaveCount(0)
  expect(await axeViolations(vera, '#workshop-panel-comments')).toEqual([])
  const allow = panel(fride).getByRole('switch', { name: 'La lesere kommentere' })
  await allow.focus()
  await fride.keyboard.press('Space')
  await expect(allow).toBeChecked()
  expect(await axeViolations(fride, '#workshop-panel-comments')).toEqual([])

  const viewerField = panel(vera).getByRole('textbox', { name: 'Ny tråd' })
  await viewerField.focus()
  await vera.keyboard.type('Kan vi se på dette?')
  await vera.keyboard.press('Control+Enter')
  await expect(panel(fride).getByRole('article', { name: /^Vera/ })).toContainText(
    'Kan vi se på dette?',
  )
  await expect(card(eirik, 'NAV')).toHaveAccessibleDescription(/1 åpen kommentartråd/)
})

test('threads on a touchpoint and a phase: badges in the journey, and the list shows each item', async ({
  page,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Reise med kommentarer', 'alvorlig-sykt-barn')
  await page.goto(boardUrl(boardId, '/reiser'))
  await expect(page.getByRole('status')).toContainText('Live')
  await page.getByRole('link', { name: 'Alvorlig sykt barn', exact: true }).click()

  // A touchpoint: opened in its panel, its «Kommentarer» opens the thread panel.
  await page.getByRole('button', { name: /^Legevakt/ }).click()
  await page
    .getByRole('complementary', { name: 'Kontaktpunkt: Legevakt' })
    .getByRole('button', { name: 'Kommentarer', exact: true })
    .click()
  await expect(panel(page).getByRole('heading', { name: 'Kontaktpunkt: Legevakt' })).toBeFocused()
  await panel(page).getByRole('textbox', { name: 'Ny kommentar' }).focus()
  await page.keyboard.type('Ventetid?')
  await page.keyboard.press('Control+Enter')
  await expect(panel(page).getByRole('article')).toContainText('Ventetid?')
  await expect(page.getByRole('columnheader', { name: /^Legevakt/ })).toContainText('1')

  // A phase: its small comment button in the header, by keyboard.
  await page.getByRole('button', { name: 'Kommentarer til fasen Sykehus og diagnose' }).focus()
  await page.keyboard.press('Enter')
  await expect(
    panel(page).getByRole('heading', { name: 'Fase: Sykehus og diagnose' }),
  ).toBeFocused()
  await panel(page).getByRole('textbox', { name: 'Ny kommentar' }).focus()
  await page.keyboard.type('Lang fase')
  await page.keyboard.press('Control+Enter')
  await expect(
    page.getByRole('button', { name: /Kommentarer til fasen Sykehus og diagnose \(1 åpen/ }),
  ).toBeVisible()
  await page.screenshot({ path: 'test-results/comments-journey.png' })

  // The list: both threads; choosing the touchpoint's selects it on the board (its panel opens).
  const details = page.getByRole('complementary', { name: 'Kontaktpunkt: Legevakt' })
  await details.getByRole('button', { name: 'Lukk detaljene' }).click()
  await expect(details).toBeHidden()
  await panel(page).getByRole('button', { name: 'Alle tråder' }).click()
  await expect(panel(page).getByText('2 tråder')).toBeVisible()
  await panel(page).getByLabel('Type').selectOption('touchpoint')
  await expect(panel(page).getByText('1 tråd', { exact: true })).toBeVisible()
  await panel(page)
    .getByRole('button', { name: /Åpne tråden om Kontaktpunkt Legevakt/ })
    .click()
  await panel(page).getByRole('button', { name: 'Vis på tavla' }).click()
  await expect(page.getByRole('button', { name: /^Legevakt/ })).toBeFocused()
  await expect(details).toBeVisible()

  // The PDF report, with the comments appendix ticked in the export dialog.
  await page.getByRole('button', { name: 'Eksporter', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: /Eksporter/ })
  await dialog.getByRole('radio', { name: 'Rapport (PDF)' }).check()
  await dialog.getByRole('checkbox', { name: 'Ta med kommentarer som vedlegg' }).check()
  expect(await axeViolations(page, 'dialog[open]')).toEqual([])
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Eksporter', exact: true }).click(),
  ])
  const appendix = (await pdfPages(await readFile(await download.path()))).at(-1)!
  expect(appendix).toContain('Vedlegg: Kommentarer')
  expect(appendix).toContain('Kontaktpunkt: Legevakt')
  expect(appendix).toContain('Ventetid?')
})

test('a thread on a relation, from the selected relation’s bar, and back to it from the panel', async ({
  page,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Relasjonskommentarer')
  await page.goto(boardUrl(boardId))
  await expect(page.getByRole('status')).toContainText('Live')
  await addActor(page, 'NAV')
  await addActor(page, 'KS')
  await page.getByRole('button', { name: 'Ny relasjon' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('combobox', { name: 'Fra aktør' }).selectOption({ label: 'KS' })
  await dialog.getByRole('combobox', { name: 'Til aktør' }).selectOption({ label: 'NAV' })
  await dialog.getByRole('button', { name: 'Legg til relasjon' }).click()
  await expect(dialog).toBeHidden()

  const edge = page.getByRole('group', { name: /^KS → NAV/ })
  await edge.focus()
  const bar = page.getByRole('region', { name: 'Valgt relasjon' })
  await bar.getByRole('button', { name: 'Kommentarer', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(panel(page).getByRole('heading', { name: 'Relasjon: KS → NAV' })).toBeFocused()
  await panel(page).getByRole('textbox', { name: 'Ny kommentar' }).focus()
  await page.keyboard.type('Avtale finnes?')
  await page.keyboard.press('Control+Enter')
  // The count shows on the relation's label while the relation is selected.
  await expect(page.getByTitle('1 åpen kommentartråd')).toBeVisible()
  await expect(bar.getByRole('button', { name: 'Kommentarer (1)' })).toBeVisible()

  await panel(page).getByRole('button', { name: 'Vis på tavla' }).focus()
  await page.keyboard.press('Enter')
  await expect(edge).toBeFocused()
})
