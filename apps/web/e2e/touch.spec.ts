import { type CDPSession, type Page, expect, test } from '@playwright/test'
import {
  type Box,
  addActor,
  axeViolations,
  card,
  createBoardViaApi,
  openBoard,
  overlappingPairs,
} from './helpers'

// A tablet in landscape, driven by fingers only: no mouse event is sent in this file.
test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true })

type Point = { x: number; y: number }

/** One or more fingers moving together from `from` to `to` (CDP touch events, as a tablet sends). */
async function swipe(cdp: CDPSession, from: Point[], to: Point[], steps = 12) {
  const at = (t: number) =>
    from.map((f, i) => ({ x: f.x + (to[i]!.x - f.x) * t, y: f.y + (to[i]!.y - f.y) * t, id: i }))
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) })
  for (let s = 1; s <= steps; s++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(s / steps) })
    await new Promise((r) => setTimeout(r, 16))
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
}

async function centre(page: Page, locator: ReturnType<Page['locator']>): Promise<Point> {
  const box = await locator.boundingBox()
  if (!box) throw new Error(`${locator} is not on screen`)
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/**
 * The centre of `locator` once it has stopped moving: after the side panel closes the map takes
 * the width back and fits itself again, and a swipe begun at the card's old place misses it.
 */
async function settledCentre(page: Page, locator: ReturnType<Page['locator']>): Promise<Point> {
  let last = await centre(page, locator)
  await expect
    .poll(async () => {
      const now = await centre(page, locator)
      const still = Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5
      last = now
      return still
    })
    .toBe(true)
  return last
}

async function tap(page: Page, locator: ReturnType<Page['locator']>) {
  const { x, y } = await centre(page, locator)
  await page.touchscreen.tap(x, y)
}

/** The canvas's pan and zoom, as React Flow applies them to the viewport. */
async function viewport(page: Page) {
  return page
    .locator('.react-flow__viewport')
    .first()
    .evaluate((el) => {
      const m = new DOMMatrix(getComputedStyle(el).transform)
      return { x: m.e, y: m.f, zoom: m.a }
    })
}

test('on a tablet, fingers pan, pinch, move a card, open its details and draw a relation', async ({
  page,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Nettbrett')
  await openBoard(page, boardId)
  await addActor(page, 'Statsforvalteren')
  await addActor(page, 'Kommunen')
  const cdp = await page.context().newCDPSession(page)

  // Tap a card, then the panel button: the card's details open (the panel starts closed on a
  // tablet, to leave the map the width).
  await tap(page, card(page, 'Kommunen'))
  await tap(page, page.getByRole('button', { name: 'Vis panelet' }))
  const details = page.getByRole('tabpanel', { name: 'Detaljer' })
  await expect(details.getByRole('textbox', { name: 'Navn', exact: true })).toHaveValue('Kommunen')
  await tap(page, page.getByRole('button', { name: 'Skjul panelet' }))
  await expect(page.getByRole('button', { name: 'Vis panelet' })).toBeVisible()

  // Drag it with a finger into the lower-left cell: it becomes «Lav».
  const from = await settledCentre(page, card(page, 'Kommunen'))
  const map = await page.getByRole('application', { name: /^Aktørkart:/ }).boundingBox()
  await swipe(cdp, [from], [{ x: map!.x + map!.width * 0.25, y: map!.y + map!.height * 0.8 }])
  await expect(card(page, 'Kommunen', 'Lav')).toBeVisible()

  // Draw a relation: tap the first card, then drag from its widened edge onto the second.
  await tap(page, card(page, 'Statsforvalteren'))
  const source = await card(page, 'Statsforvalteren').boundingBox()
  await swipe(
    cdp,
    [{ x: source!.x + source!.width + 16, y: source!.y + source!.height / 2 }],
    [await centre(page, card(page, 'Kommunen'))],
  )
  const dialog = page.getByRole('dialog', { name: 'Ny relasjon' })
  await expect(dialog).toBeVisible()
  const chosen = (name: string) =>
    dialog.getByRole('combobox', { name }).getByRole('option', { selected: true })
  await expect(chosen('Fra aktør')).toHaveText('Statsforvalteren')
  await expect(chosen('Til aktør')).toHaveText('Kommunen')
  await tap(page, dialog.getByRole('button', { name: 'Avbryt' }))
  await expect(dialog).toBeHidden()

  // One finger on an empty part of the map pans it; two fingers apart zoom in.
  const empty = { x: map!.x + map!.width * 0.75, y: map!.y + map!.height * 0.75 }
  const before = await viewport(page)
  await swipe(cdp, [empty], [{ x: empty.x - 120, y: empty.y - 60 }])
  const panned = await viewport(page)
  expect(panned.x).toBeLessThan(before.x - 60)
  expect(panned.zoom).toBeCloseTo(before.zoom, 3)
  await swipe(
    cdp,
    [
      { x: empty.x - 20, y: empty.y },
      { x: empty.x + 20, y: empty.y },
    ],
    [
      { x: empty.x - 120, y: empty.y },
      { x: empty.x + 120, y: empty.y },
    ],
  )
  expect((await viewport(page)).zoom).toBeGreaterThan(panned.zoom * 1.5)
})

/** Every visible control smaller than a fingertip (44 × 44 px), described for the failure message. */
async function smallControls(page: Page): Promise<string[]> {
  // Measured in one pass inside the page: walking the list one locator at a time took 0.3–2 s
  // per control on a busy CI machine (each `nth(i)` re-resolves seven role queries over the whole
  // page), and the journey's table of ~100 controls ran past the test's timeout.
  return page
    .getByRole('button')
    .or(page.getByRole('link'))
    .or(page.getByRole('radio'))
    .or(page.getByRole('tab'))
    .or(page.getByRole('textbox'))
    .or(page.getByRole('combobox'))
    .or(page.getByRole('switch'))
    .filter({ visible: true })
    .evaluateAll((controls) =>
      controls.flatMap((el) => {
        // A radio or switch is measured with its label, which takes the tap too.
        const target =
          el instanceof HTMLInputElement &&
          ['radio', 'checkbox'].includes(el.type) &&
          el.labels?.[0]
            ? el.labels[0]
            : el
        const size = target.getBoundingClientRect()
        // The skip link is a 1 px control until it has focus; then it is large.
        if (size.width <= 1) return []
        if (size.width >= 44 && size.height >= 44) return []
        return [`${el.outerHTML.slice(0, 80)} ${size.width}×${size.height}`]
      }),
    )
}

test('on a touch screen every control of the board is at least 44 × 44 px', async ({
  page,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Store knapper')
  await openBoard(page, boardId)
  await addActor(page, 'Kommunen')
  await tap(page, page.getByRole('button', { name: 'Vis panelet' }))
  expect(await smallControls(page)).toEqual([])
  // Grown to a fingertip, the header's controls still fit side by side on the tablet.
  const header: { name: string; box: Box }[] = []
  for (const control of await page
    .getByRole('banner')
    .getByRole('button')
    .or(page.getByRole('banner').getByRole('link'))
    // The skip link sits over the logo only while it has focus.
    .filter({ visible: true, hasNotText: 'Hopp til hovedinnhold' })
    .all()) {
    const box = await control.boundingBox()
    if (!box || box.width <= 1) continue
    expect(box.x + box.width, String(control)).toBeLessThanOrEqual(1024)
    header.push({ name: await control.evaluate((el) => el.textContent ?? ''), box })
  }
  expect(overlappingPairs(header).map(([a, b]) => `${a.name} × ${b.name}`)).toEqual([])
  expect(await axeViolations(page)).toEqual([])
})

test('on a tablet, a tap opens a touchpoint of a journey, and its controls fit a finger', async ({
  page,
  request,
}) => {
  const res = await request.post('/api/boards', {
    data: { title: 'Reise på nettbrett', template: 'alvorlig-sykt-barn' },
  })
  const { id, token } = (await res.json()) as { id: string; token: string }
  await openBoard(page, id, token)
  await tap(page, page.getByRole('link', { name: 'Brukerreiser' }))
  await tap(page, page.getByRole('link', { name: 'Alvorlig sykt barn', exact: true }))
  const table = page.getByRole('table', { name: /Alvorlig sykt barn/ })
  await tap(page, table.getByRole('button', { name: /^Legevakt/ }))
  const panel = page.getByRole('complementary', { name: /^Kontaktpunkt/ })
  await expect(panel.getByRole('heading', { name: 'Kontaktpunkt: Legevakt' })).toBeVisible()
  await tap(page, panel.getByRole('button', { name: 'Lukk detaljene' }))
  await expect(panel).toBeHidden()
  expect(await smallControls(page)).toEqual([])
})
