import { type APIRequestContext, type Locator, type Page, expect, test } from '@playwright/test'
import { axeViolations, createBoardViaApi, openBoard, withToken } from './helpers'

const PHASES = ['Oppdage', 'Søke', 'Vente', 'Leve med']
const JOURNEY = 'Tjue steg'

/** «Steg 01» … : names no other name starts with. */
const step = (n: number) => `Steg ${String(n).padStart(2, '0')}`

/**
 * A board with one journey of `perPhase` touchpoints in each of {@link PHASES}, imported as a
 * board file (docs/doc-schema.md), so a test starts from twenty touchpoints in a second.
 */
async function journeyBoard(request: APIRequestContext, perPhase = 5) {
  const phases = PHASES.map((title, i) => ({
    id: `phase${i}`,
    journeyId: 'journey',
    title,
    order: 'ABCD'[i],
  }))
  const touchpoints = phases.flatMap((phase, p) =>
    Array.from({ length: perPhase }, (_, i) => ({
      id: `tp${p}x${i}`,
      journeyId: 'journey',
      phaseId: phase.id,
      title: step(p * perPhase + i + 1),
      action: 'Familien leter etter informasjon om hva de har rett på, og ringer rundt.',
      emotion: ((p + i) % 5) - 2,
      order: 'ABCDEFGHIJ'[i],
    })),
  )
  const file = {
    format: 'samkart-board',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    board: {
      title: 'Reiseoppsett',
      createdAt: '2026-01-01T00:00:00.000Z',
      template: '',
      actors: [],
      relations: [],
      journeys: [{ id: 'journey', title: JOURNEY }],
      phases,
      touchpoints,
    },
  }
  const created = await request.post('/api/boards', { data: { import: file } })
  expect(created.status()).toBe(201)
  return (await created.json()) as { id: string; token: string }
}

async function openJourney(page: Page, board: { id: string; token: string }) {
  await openBoard(page, board.id, board.token)
  await page.getByRole('link', { name: 'Brukerreiser' }).click()
  await page.getByRole('link', { name: JOURNEY, exact: true }).click()
  return page.getByRole('region', { name: `Faser, kontaktpunkter og rader i «${JOURNEY}»` })
}

/** The part of the scroll area that shows content: its box without borders and scroll bars. */
async function visibleBox(scroller: Locator) {
  return scroller.evaluate((el) => {
    const box = el.getBoundingClientRect()
    const left = box.left + el.clientLeft
    const top = box.top + el.clientTop
    return { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight }
  })
}

type Box = { left: number; top: number; right: number; bottom: number }
const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5

async function boxOf(locator: Locator): Promise<Box> {
  const b = (await locator.boundingBox())!
  return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height }
}

/** The touchpoint titles of the table, left to right. */
async function touchpointOrder(page: Page) {
  const names = await page.getByRole('table').getByRole('columnheader').allInnerTexts()
  return names.map((n) => n.trim()).filter((n) => /^Steg \d\d$/.test(n))
}

/** The phase names of the table, left to right. */
async function phaseOrder(page: Page) {
  const names = await page.getByRole('table').getByRole('columnheader').allInnerTexts()
  return names.map((n) => n.trim()).filter((n) => PHASES.includes(n))
}

test.describe('at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test('twenty touchpoints: phase and lane names stay in view, and the compact view shows all', async ({
    page,
    request,
  }) => {
    const scroller = await openJourney(page, await journeyBoard(request))
    const table = scroller.getByRole('table')
    const compact = page.getByRole('switch', { name: 'Kompakt visning' })
    await expect(compact).not.toBeChecked()

    // Scrolled to the far right and down a little: the header rows and the lane column stay.
    await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth, top: 120 }))
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(2000)
    const view = await visibleBox(scroller)
    const lanes = await boxOf(table.getByRole('columnheader', { name: 'Rad', exact: true }))
    expect(lanes.left).toBeCloseTo(view.left, 0)
    expect(lanes.top).toBeCloseTo(view.top, 0)
    const head = await boxOf(table.getByRole('rowgroup').first())
    const lanesInView = []
    for (const header of await table.getByRole('rowheader').all()) {
      const box = await boxOf(header)
      if (box.top < head.bottom || box.bottom > view.bottom) continue // under the header rows
      expect(box.left).toBeCloseTo(view.left, 0)
      lanesInView.push(await header.innerText())
    }
    expect(lanesInView.length).toBeGreaterThan(0)
    const columns = { ...view, left: lanes.right }

    let inView = 0
    let cutOff = 0
    for (const [p, phase] of PHASES.entries()) {
      // How much of each of the phase's columns is in view, right of the lane column.
      const shown = []
      for (let i = 1; i <= 5; i++) {
        const header = table.getByRole('columnheader', { name: step(p * 5 + i), exact: true })
        const box = await boxOf(header)
        const seen = Math.min(box.right, columns.right) - Math.max(box.left, columns.left)
        shown.push(Math.max(0, seen) / (box.right - box.left))
      }
      // A phase in view: at least half a column of it shows, room enough for a name.
      if (Math.max(...shown) < 0.5) continue
      inView++
      if (shown[0]! < 1) cutOff++
      // Every such phase shows its name, in the header row, clear of the lane column: also the
      // phase whose first columns are scrolled away to the left.
      const name = table
        .getByRole('columnheader', { name: new RegExp(`^${phase}`) })
        .getByText(phase, { exact: true })
      const box = await boxOf(name)
      expect(inside(box, columns), `«${phase}» is in view`).toBe(true)
      expect(box.bottom).toBeLessThan(head.bottom)
    }
    expect(inView).toBeGreaterThanOrEqual(2)
    expect(cutOff).toBeGreaterThanOrEqual(1)

    // The compact view: all twenty columns inside the visible area, no sideways scrolling.
    await compact.check()
    await expect.poll(() => scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0)
    const fit = await visibleBox(scroller)
    for (let n = 1; n <= 20; n++) {
      const header = table.getByRole('columnheader', { name: step(n), exact: true })
      expect(inside(await boxOf(header), fit), `${step(n)} fits`).toBe(true)
    }
    // Still readable: no text under 12 px.
    const sizes = await table.evaluate((el) =>
      [...el.querySelectorAll('th, td, button, span, div')]
        .filter((e) => e.textContent?.trim() && !e.closest('.ds-sr-only'))
        .map((e) => parseFloat(getComputedStyle(e).fontSize)),
    )
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12)
    // The whole text of a cut cell is its tooltip.
    await expect(table.getByText(/^Familien leter/).first()).toHaveAttribute(
      'title',
      'Familien leter etter informasjon om hva de har rett på, og ringer rundt.',
    )
    expect(await axeViolations(page)).toEqual([])

    // Remembered on this device.
    await page.reload()
    await expect(page.getByRole('switch', { name: 'Kompakt visning' })).toBeChecked()
  })
})

test('touchpoints move by keyboard and by dragging, phases by keyboard, and the order is stored', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const board = await journeyBoard(request, 3)
  await openJourney(page, board)

  // Keyboard: Alt+Right on a touchpoint's header moves it; focus stays; the result is said.
  const first = page.getByRole('button', { name: step(1), exact: true })
  await expect(first).toHaveAccessibleDescription(
    'Flytt med Alt + pil venstre eller høyre, eller dra.',
  )
  await first.focus()
  await page.keyboard.press('Alt+ArrowRight')
  await expect(page.getByText('«Steg 01» er nå nummer 2 i fasen «Oppdage».')).toBeAttached()
  await expect(first).toBeFocused()
  await page.keyboard.press('Alt+ArrowLeft')
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(page.getByText('«Steg 01» er allerede først.')).toBeAttached()
  const twelve = Array.from({ length: 12 }, (_, i) => i + 1)
  await expect.poll(() => touchpointOrder(page)).toEqual(twelve.map(step))

  // Pointer: drag «Steg 05» onto the left half of «Steg 02»: a marker shows where it lands.
  const source = page.getByRole('columnheader', { name: step(5), exact: true })
  const target = await boxOf(page.getByRole('columnheader', { name: step(2), exact: true }))
  await source.hover()
  await page.mouse.down()
  await page.mouse.move(target.left + 10, target.top + 20, { steps: 8 })
  const marker = page.getByTestId('journey-drop-marker')
  await expect(marker).toBeVisible()
  expect((await boxOf(marker)).left).toBeCloseTo(target.left - 2, -1)
  await page.mouse.up()
  await expect(marker).toHaveCount(0)
  const dragged = [1, 5, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12].map(step)
  await expect.poll(() => touchpointOrder(page)).toEqual(dragged)

  // A phase by keyboard: Alt+Left on its menu button.
  const phaseMenu = page.getByRole('button', { name: 'Fasevalg for «Vente»' })
  await phaseMenu.focus()
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(page.getByText('Fasen «Vente» er nå nummer 2 av 4.')).toBeAttached()
  await expect(phaseMenu).toBeFocused()
  const phases = ['Oppdage', 'Vente', 'Søke', 'Leve med']
  await expect.poll(() => phaseOrder(page)).toEqual(phases)

  // Stored: a second participant, and this one after a reload, see the same order.
  const other = await browser.newContext()
  const page2 = await other.newPage()
  await page2.goto(withToken(page.url(), board.id, board.token))
  await expect(page2.getByRole('status').first()).toContainText('Live')
  await expect.poll(() => phaseOrder(page2)).toEqual(phases)
  const stored = [1, 5, 2, 3, 7, 8, 9, 4, 6, 10, 11, 12].map(step)
  await expect.poll(() => touchpointOrder(page2)).toEqual(stored)
  await page.reload()
  await expect.poll(() => touchpointOrder(page)).toEqual(stored)
  await other.close()
})

test('a new journey starts with editable phases, and Escape closes the touchpoint panel', async ({
  page,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Startfaser')
  await openBoard(page, boardId)
  await page.getByRole('link', { name: 'Brukerreiser' }).click()
  await page.getByRole('button', { name: 'Ny brukerreise' }).click()
  await page.getByRole('dialog').getByRole('textbox', { name: 'Tittel' }).fill('Ny reise')
  await page.getByRole('dialog').getByRole('button', { name: 'Opprett reisen' }).click()

  // Før, Under, Etter: ordinary phases, each with its menu.
  const table = page.getByRole('table', { name: /Ny reise/ })
  const names = ['Før', 'Under', 'Etter']
  await expect
    .poll(() => table.getByRole('columnheader').allInnerTexts())
    .toEqual(['Rad', ...names])
  for (const name of names)
    await expect(
      page.getByRole('button', { name: `Legg til kontaktpunkt i «${name}»` }),
    ).toBeVisible()
  const menu = page.getByRole('button', { name: 'Fasevalg for «Under»' })
  await menu.click()
  await expect(page.getByRole('menu', { name: 'Fasevalg for «Under»' })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  // Escape closes the menu and puts focus back on its button, without closing anything else.
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toHaveCount(0)
  await expect(menu).toBeFocused()
  await menu.click()
  await page.getByRole('menuitem', { name: 'Gi nytt navn' }).click()
  await page.getByRole('dialog').getByRole('textbox').fill('Søknad')
  await page.getByRole('dialog').getByRole('button', { name: 'Lagre' }).click()
  await expect(page.getByRole('button', { name: 'Fasevalg for «Søknad»' })).toBeFocused()

  // A touchpoint added to the empty phase opens in the panel, named right there.
  await page.getByRole('button', { name: 'Legg til kontaktpunkt i «Søknad»' }).click()
  const panel = page.getByRole('complementary', { name: /^Kontaktpunkt/ })
  const title = panel.getByRole('textbox', { name: 'Tittel' })
  await expect(title).toBeFocused()
  await title.fill('Første møte')
  await title.press('Enter')
  // Escape in the panel closes it and returns to the touchpoint.
  await page.keyboard.press('Escape')
  await expect(panel).toHaveCount(0)
  const touchpoint = table.getByRole('button', { name: 'Første møte', exact: true })
  await expect(touchpoint).toBeFocused()
  await expect(touchpoint).toHaveAttribute('aria-pressed', 'false')
  // Opened from the table, it closes the same way.
  await touchpoint.press('Enter')
  await expect(panel).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(panel).toHaveCount(0)
  await expect(touchpoint).toBeFocused()
})
