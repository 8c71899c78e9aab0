import { type Browser, type Page, expect, test } from '@playwright/test'
import { axeViolations, boardUrl, card, createBoardViaApi, createLinkViaApi } from './helpers'

/** A person of their own (browser context), named as if they had chosen it before. */
async function person(browser: Browser, url: string, name: string): Promise<Page> {
  const context = await browser.newContext()
  await context.addInitScript((n) => localStorage.setItem('samkart.presence.name', n), name)
  const page = await context.newPage()
  await page.goto(url)
  await expect(page.getByRole('status').first()).toContainText('Live')
  return page
}

/** The facilitator, an editor and a viewer on a board made from the journey template. */
async function room(browser: Browser, request: Parameters<typeof createBoardViaApi>[0]) {
  const boardId = await createBoardViaApi(request, 'Fasilitering', 'alvorlig-sykt-barn')
  const editorLink = await createLinkViaApi(request, boardId, undefined, 'editor')
  const viewerLink = await createLinkViaApi(request, boardId, undefined, 'viewer')
  const fride = await person(browser, boardUrl(boardId), 'Fride')
  const eirik = await person(browser, boardUrl(boardId, '', editorLink.token), 'Eirik')
  const vera = await person(browser, boardUrl(boardId, '', viewerLink.token), 'Vera')
  return { boardId, fride, eirik, vera, editorToken: editorLink.token }
}

/** Opens the «Gjennomgang» panel by keyboard and returns it. */
async function openPanel(page: Page) {
  await page.getByRole('button', { name: 'Gjennomgang', exact: true }).press('Enter')
  const panel = page.getByRole('region', { name: 'Gjennomgang', exact: true })
  await expect(panel).toBeVisible()
  return panel
}

const banner = (page: Page) => page.getByRole('region', { name: 'Gjennomgang pågår' })

test('a lock keeps the editor from editing, tells everyone who locked it, and lifts for everyone', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000)
  const { fride, eirik, vera } = await room(browser, request)
  await expect(eirik.getByRole('button', { name: 'Legg til aktør' })).toBeVisible()

  const panel = await openPanel(fride)
  expect(await axeViolations(fride, '.workshop-panel')).toEqual([])
  const lock = panel.getByRole('switch', { name: 'Lås hele tavla' })
  await lock.focus()
  await fride.keyboard.press('Space')
  await expect(lock).toBeChecked()

  // Everyone sees why; only the editor loses the editing controls.
  for (const page of [eirik, vera, fride])
    await expect(page.getByRole('heading', { name: 'Tavla er låst av Fride' })).toBeVisible()
  await expect(eirik.getByText(/men ikke endre, til låsen oppheves/)).toBeVisible()
  await expect(fride.getByText('Som fasilitator kan du fortsatt endre.')).toBeVisible()
  await expect(eirik.getByRole('button', { name: 'Legg til aktør' })).toHaveCount(0)
  await expect(eirik.getByRole('button', { name: 'Angre' })).toHaveCount(0)
  await expect(fride.getByRole('button', { name: 'Legg til aktør' })).toBeVisible()
  expect(await axeViolations(eirik, '.lock-region')).toEqual([])

  // A keyboard edit does nothing: no rename dialog, the card stays.
  const nav = card(eirik, 'NAV', 'Viktig')
  await nav.focus()
  for (const key of ['F2', 'Delete', 'Shift+ArrowDown']) await eirik.keyboard.press(key)
  await expect(eirik.getByRole('dialog')).toHaveCount(0)
  await expect(card(fride, 'NAV', 'Viktig')).toBeVisible()

  // Locking one view: the aktørkart open again, the journeys locked.
  await lock.press('Space')
  await expect(lock).not.toBeChecked()
  await panel.getByRole('switch', { name: 'Lås reisene' }).press('Space')
  await expect(panel.getByRole('switch', { name: 'Lås reisene' })).toBeChecked()
  await expect(eirik.getByRole('heading', { name: /låst av/ })).toHaveCount(0)
  await expect(eirik.getByRole('button', { name: 'Legg til aktør' })).toBeVisible()
  await eirik.getByRole('link', { name: 'Brukerreiser' }).press('Enter')
  await expect(eirik.getByRole('heading', { name: 'Reisene er låst av Fride' })).toBeVisible()
  await expect(eirik.getByRole('button', { name: 'Ny brukerreise' })).toHaveCount(0)

  await panel.getByRole('switch', { name: 'Lås reisene' }).press('Space')
  await expect(eirik.getByRole('heading', { name: /låst av/ })).toHaveCount(0)
  await expect(eirik.getByRole('button', { name: 'Ny brukerreise' })).toBeVisible()
})

test('a walkthrough of two steps is followed by editor and viewer, who can leave and rejoin', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000)
  const { boardId, fride, eirik, vera, editorToken } = await room(browser, request)
  const panel = await openPanel(fride)

  // Step 1: the matrix. Step 2: the journey, with a phase in focus.
  await panel.getByRole('textbox', { name: 'Navn på steget' }).fill('Matrisen')
  await panel.getByRole('textbox', { name: 'Navn på steget' }).press('Enter')
  await expect(panel.getByRole('listitem').filter({ hasText: '1. Matrisen' })).toBeVisible()
  await fride.getByRole('link', { name: 'Brukerreiser' }).press('Enter')
  await fride.getByRole('link', { name: 'Alvorlig sykt barn', exact: true }).press('Enter')
  await expect(fride).toHaveURL(/\/reiser\/[^/]+$/)
  const journeyUrl = fride.url().replace(/#.*$/, '')
  await panel.getByRole('textbox', { name: 'Navn på steget' }).fill('Reisen')
  await panel.getByRole('textbox', { name: 'Navn på steget' }).press('Enter')
  await expect(panel.getByRole('listitem').filter({ hasText: '2. Reisen' })).toBeVisible()
  // Reordering by keyboard, and back.
  await panel.getByRole('button', { name: 'Flytt Reisen opp' }).press('Enter')
  await expect(panel.getByRole('listitem').first()).toContainText('1. Reisen')
  await expect(panel.getByRole('button', { name: 'Flytt Reisen ned' })).toBeFocused()
  await fride.keyboard.press('Enter')
  await expect(panel.getByRole('listitem').first()).toContainText('1. Matrisen')

  // The others are elsewhere when it starts: the journey list.
  await eirik.goto(boardUrl(boardId, '/reiser', editorToken))
  await expect(eirik.getByRole('button', { name: 'Ny brukerreise' })).toBeVisible()
  await panel.getByRole('button', { name: 'Start gjennomgangen' }).press('Enter')
  for (const page of [eirik, vera, fride]) {
    await expect(banner(page)).toContainText('Gjennomgang: steg 1 av 2 – Matrisen')
    await expect(page).toHaveURL(new RegExp(`/b/${boardId}$`))
  }
  expect(await axeViolations(vera, '.walkthrough-banner')).toEqual([])

  await banner(fride).getByRole('button', { name: 'Neste steg' }).press('Enter')
  for (const page of [eirik, vera]) {
    await expect(banner(page)).toContainText('steg 2 av 2 – Reisen')
    await expect(page).toHaveURL(journeyUrl)
  }

  // Vera leaves; the next move takes only Eirik along.
  await banner(vera).getByRole('button', { name: 'Forlat gjennomgangen' }).press('Enter')
  await expect(banner(vera)).toContainText('Du følger ikke gjennomgangen.')
  await banner(fride).getByRole('button', { name: 'Forrige steg' }).press('Enter')
  await expect(banner(eirik)).toContainText('steg 1 av 2 – Matrisen')
  await expect(eirik).toHaveURL(new RegExp(`/b/${boardId}$`))
  await expect(banner(vera)).toContainText('steg 1 av 2 – Matrisen')
  await expect(vera).toHaveURL(journeyUrl)
  // Rejoining takes her to the current step.
  await banner(vera).getByRole('button', { name: 'Følg gjennomgangen igjen' }).press('Enter')
  await expect(vera).toHaveURL(new RegExp(`/b/${boardId}$`))

  // A late joiner (a reload) lands on the current step too.
  await eirik.goto(boardUrl(boardId, '/reiser', editorToken))
  await expect(banner(eirik)).toContainText('steg 1 av 2 – Matrisen')
  await expect(eirik).toHaveURL(new RegExp(`/b/${boardId}$`))

  await banner(fride).getByRole('button', { name: 'Avslutt gjennomgangen' }).press('Enter')
  for (const page of [eirik, vera, fride]) await expect(banner(page)).toHaveCount(0)
})

test("hiding others' cursors (remembered) and focus mode are each person's own", async ({
  browser,
  request,
}) => {
  const { fride, eirik } = await room(browser, request)
  const matrix = (page: Page) => page.getByRole('application', { name: /^Aktørkart: viktighet/ })
  const box = await matrix(eirik).boundingBox()
  if (!box) throw new Error('no map')
  await eirik.mouse.move(box.x + box.width / 2, box.y + box.height / 3, { steps: 5 })
  await eirik.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 3, { steps: 5 })
  await expect(matrix(fride).getByText('Eirik', { exact: true })).toBeVisible()

  const panel = await openPanel(fride)
  const hide = panel.getByRole('switch', { name: 'Skjul andres markører' })
  await hide.press('Space')
  await expect(hide).toBeChecked()
  await expect(matrix(fride).getByText('Eirik', { exact: true })).toHaveCount(0)

  await fride.reload()
  await expect(fride.getByRole('status').first()).toContainText('Live')
  const again = await openPanel(fride)
  await expect(again.getByRole('switch', { name: 'Skjul andres markører' })).toBeChecked()
  // The editor's own choice is untouched: hiding is only for the one who chose it.
  const eiriksPanel = await openPanel(eirik)
  await expect(eiriksPanel.getByRole('switch', { name: 'Skjul andres markører' })).not.toBeChecked()

  // Focus mode dims every card but the selected one; dimmed cards stay reachable and say why.
  await eiriksPanel.getByRole('switch', { name: 'Fokusmodus' }).press('Space')
  const nav = card(eirik, 'NAV', 'Viktig')
  const hdir = card(eirik, 'Hdir')
  await expect(hdir).not.toHaveAccessibleDescription(/Dempet av fokusmodus/)
  await nav.click()
  await expect(hdir).toHaveAccessibleDescription(/Dempet av fokusmodus/)
  await expect(nav).not.toHaveAccessibleDescription(/Dempet/)
  await hdir.focus()
  await expect(hdir).toBeFocused()
})
