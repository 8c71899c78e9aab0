import { type Browser, type Page, expect, test } from '@playwright/test'
import {
  addActor,
  axeViolations,
  boardUrl,
  card,
  createBoardViaApi,
  openBoard,
  clickEmptyMap,
  chooseView,
} from './helpers'

/** Sets the display name in the people list, as a participant does once per browser. */
async function setName(page: Page, name: string) {
  await page.getByRole('button', { name: /til stede/ }).click()
  await page.getByRole('textbox', { name: 'Navnet ditt' }).fill(name)
  await page.getByRole('button', { name: 'Lagre navn' }).click()
  await expect(page.getByRole('button', { name: /til stede/ })).not.toContainText('Velg navn')
  await page.keyboard.press('Escape')
}

/** Participants on one board, each in a browser context of their own, named. */
async function participants(browser: Browser, boardId: string, names: string[]) {
  const pages: Page[] = []
  for (const name of names) {
    const page = await (await browser.newContext()).newPage()
    await openBoard(page, boardId)
    await setName(page, name)
    pages.push(page)
  }
  return pages
}

const matrix = (page: Page) => page.getByRole('application', { name: /^Aktørkart: viktighet/ })
const network = (page: Page) => page.getByRole('application', { name: /^Aktørkart: nettverk/ })
/** The centre of a locator's box on screen. */
async function centre(locator: ReturnType<Page['locator']>) {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on screen')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, width: box.width }
}

test('two people’s cursors are visible to a third, on the card they point at', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Markører')
  const [kari, ola, tredje] = await participants(browser, boardId, ['Kari', 'Ola', 'Per'])
  await addActor(kari!, 'NAV')
  await addActor(kari!, 'Kommunen')
  // A new card is selected; a click on the empty map clears that, so only cursors show names.
  await clickEmptyMap(kari!)
  // Ola looks at a smaller window: flow coordinates, not screen pixels, travel.
  await ola!.setViewportSize({ width: 1100, height: 760 })

  const nav = await centre(card(kari!, 'NAV'))
  await kari!.mouse.move(nav.x - 30, nav.y - 10, { steps: 5 })
  await kari!.mouse.move(nav.x, nav.y, { steps: 5 })
  const kommune = await centre(card(ola!, 'Kommunen'))
  await ola!.mouse.move(kommune.x, kommune.y, { steps: 8 })

  // Per sees both names on the map, each at the card its owner points at on their own screen.
  for (const [name, actor] of [
    ['Kari', 'NAV'],
    ['Ola', 'Kommunen'],
  ] as const) {
    const label = matrix(tredje!).getByText(name, { exact: true })
    await expect(label).toBeVisible()
    const target = await centre(card(tredje!, actor))
    await expect
      .poll(async () => {
        const box = await label.boundingBox()
        // The name tag hangs 12 px right of and 16 px below the arrow's tip.
        return box ? Math.hypot(box.x - 12 - target.x, box.y - 16 - target.y) : Infinity
      })
      .toBeLessThan(6)
  }

  // A cursor that leaves the map disappears for the others.
  await kari!.mouse.move(5, 5)
  await expect(matrix(tredje!).getByText('Kari', { exact: true })).toHaveCount(0)
  await expect(matrix(tredje!).getByText('Ola', { exact: true })).toBeVisible()

  // Who has selected what: Ola selects Kommunen, and the others see it outlined with his name.
  await card(ola!, 'Kommunen').click()
  await expect(matrix(kari!).getByText('Ola', { exact: true })).toHaveCount(2) // cursor + outline
  // A screen reader hears it in the card's description; the other card has no such note.
  await expect(card(kari!, 'Kommunen')).toHaveAccessibleDescription(/Valgt av Ola\./)
  await expect(card(kari!, 'NAV')).not.toHaveAccessibleDescription(/Valgt av/)
  await ola!.mouse.move(5, 5)
  await expect(matrix(kari!).getByText('Ola', { exact: true })).toHaveCount(1)
  // Selecting NAV instead moves the note with the selection.
  await card(ola!, 'NAV').click()
  await expect(card(kari!, 'NAV')).toHaveAccessibleDescription(/Valgt av Ola\./)
  await expect(card(kari!, 'Kommunen')).not.toHaveAccessibleDescription(/Valgt av/)
})

test('a first visit asks for my name, with the field ready to type in, and only once', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Første besøk')
  // An empty browser: not the suite's returning user, who has been asked before.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } })
  const page = await context.newPage()
  await page.goto(boardUrl(boardId))
  const prompt = page.getByRole('dialog', { name: 'Hva heter du?' })
  await expect(prompt).toBeVisible()
  // The keyboard is in the name field at once (not on the close button), so typing answers.
  await expect(prompt.getByRole('textbox', { name: 'Navnet ditt' })).toBeFocused()
  expect(await axeViolations(page, 'dialog')).toEqual([])
  await page.keyboard.type('Kari')
  await page.keyboard.press('Enter')
  await expect(prompt).toBeHidden()
  await expect(page.getByRole('button', { name: /til stede/ })).not.toContainText('Velg navn')

  // Asked once per browser: the next visit goes straight to the board.
  await page.reload()
  await expect(page.getByRole('status')).toContainText('Live')
  await expect(page.getByRole('dialog', { name: 'Hva heter du?' })).toHaveCount(0)
  await context.close()
})

test('the people list says who is here, remembers my name, and passes axe', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Hvem er her')
  const context = await browser.newContext()
  const kari = await context.newPage()
  await openBoard(kari, boardId)
  // Until a name is chosen, the button asks for one.
  await expect(kari.getByRole('button', { name: /til stede/ })).toContainText('Velg navn')
  await setName(kari, 'Kari Nordmann')
  const [ola] = await participants(browser, boardId, ['Ola'])

  await kari.getByRole('button', { name: '2 til stede' }).click()
  const list = kari.getByRole('list', { name: 'Til stede' })
  await expect(list.getByRole('listitem')).toHaveText([/Ola/])
  await expect(list.getByRole('button', { name: 'Følg Ola' })).toBeVisible()
  await expect(kari.getByRole('textbox', { name: 'Navnet ditt' })).toHaveValue('Kari Nordmann')
  expect(await axeViolations(kari, '.samkart-people')).toEqual([])
  expect(await axeViolations(kari, 'header')).toEqual([])

  // A name that is too long is refused with a reason; the old one stays.
  await kari.getByRole('textbox', { name: 'Navnet ditt' }).fill('K'.repeat(41))
  await kari.getByRole('button', { name: 'Lagre navn' }).click()
  await expect(kari.getByText('Navnet kan ikke være lengre enn 40 tegn.')).toBeVisible()

  // The name is remembered in this browser: the next visit starts with it.
  await kari.reload()
  await expect(kari.getByRole('status')).toContainText('Live')
  await expect(kari.getByRole('button', { name: '2 til stede' })).toBeVisible()
  await ola!.getByRole('button', { name: '2 til stede' }).click()
  await expect(ola!.getByRole('list', { name: 'Til stede' })).toContainText('Kari Nordmann')

  // Leaving removes someone from the list at once.
  await kari.close()
  await expect(ola!.getByRole('list', { name: 'Til stede' })).toBeHidden()
  await expect(ola!.getByText('Ingen andre er på tavla nå.')).toBeVisible()
})

test('following moves my view with theirs until I move myself; a facilitator brings everyone', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Følg meg')
  const [kari, ola] = await participants(browser, boardId, ['Kari', 'Ola'])
  await addActor(kari!, 'NAV')
  await expect(card(ola!, 'NAV')).toBeVisible()

  /** Where the NAV card sits relative to the middle of the map, and how big it is drawn. */
  const view = async (page: Page) => {
    const map = await centre(page.getByRole('application', { name: /^Aktørkart:/ }))
    const nav = await centre(card(page, 'NAV'))
    return {
      dx: Math.round(nav.x - map.x),
      dy: Math.round(nav.y - map.y),
      size: Math.round(nav.width),
    }
  }
  const close = (a: { dx: number; dy: number; size: number }, b: typeof a) =>
    Math.abs(a.dx - b.dx) <= 3 && Math.abs(a.dy - b.dy) <= 3 && Math.abs(a.size - b.size) <= 2

  await ola!.getByRole('button', { name: /til stede/ }).click()
  const follow = ola!.getByRole('button', { name: 'Følg Kari' })
  await follow.click()
  await expect(follow).toHaveAttribute('aria-pressed', 'true')
  await ola!.keyboard.press('Escape') // closes the list; following goes on
  await expect(ola!.getByText('Du følger Kari')).toBeVisible()

  // Kari zooms in twice and pans: Ola's map follows to the same spot at the same zoom.
  const before = await view(ola!)
  await kari!.getByRole('button', { name: 'Zoom inn' }).click()
  await kari!.getByRole('button', { name: 'Zoom inn' }).click()
  const pane = await centre(matrix(kari!))
  await kari!.mouse.move(pane.x + 200, pane.y + 200)
  await kari!.mouse.down()
  await kari!.mouse.move(pane.x + 80, pane.y + 120, { steps: 6 })
  await kari!.mouse.up()
  const leader = await view(kari!)
  expect(leader.size).toBeGreaterThan(before.size * 1.2)
  await expect.poll(async () => close(await view(ola!), leader)).toBe(true)

  // Ola scrolls the map himself: following stops, and Kari's moves no longer move him.
  const map = await centre(matrix(ola!))
  await ola!.mouse.move(map.x, map.y)
  await ola!.mouse.wheel(0, 200)
  await expect(ola!.getByText('Du følger Kari')).toBeHidden()
  const own = await view(ola!)
  await kari!.getByRole('button', { name: 'Zoom ut' }).click()
  await kari!.waitForTimeout(500)
  expect(close(await view(ola!), own)).toBe(true)

  // Kari (a facilitator) switches to the network and brings everyone there.
  await chooseView(kari!, 'Nettverk')
  await expect(network(kari!)).toBeVisible()
  await kari!.getByRole('button', { name: 'Zoom inn' }).click()
  await kari!.getByRole('button', { name: 'Zoom inn' }).click()
  const there = await view(kari!)
  await chooseView(ola!, 'Nettverk')
  await expect(network(ola!)).toBeVisible()
  expect(close(await view(ola!), there)).toBe(false)
  await chooseView(ola!, 'Matrise')
  await kari!.getByRole('button', { name: /til stede/ }).click()
  await kari!.getByRole('button', { name: 'Hent alle hit' }).click()
  await expect(network(ola!)).toBeVisible()
  await expect(ola!.getByText('Kari hentet deg hit')).toBeVisible()
  await expect.poll(async () => close(await view(ola!), await view(kari!))).toBe(true)
})
