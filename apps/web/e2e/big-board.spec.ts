import { type Locator, type Page, expect, test } from '@playwright/test'
import type * as Y from 'yjs'
import { fillRandomBoard } from '../bench/fillRandomBoard'
import { seedBenchBoard } from '../bench/seedBenchBoard'
import {
  allCards,
  axeViolations,
  card,
  chooseView,
  exportFile,
  openBoard,
  openExport,
} from './helpers'

const ACTORS = 600

/**
 * Seeds a board of {@link ACTORS} random actors and 100 relations and opens it at 1366×768,
 * counting the most cards ever on the page at once (see {@link peakCards}) from the first paint.
 */
async function openBigBoard(page: Page, baseURL: string | undefined) {
  const port = Number(new URL(baseURL!).port)
  // One transaction: one update, well inside a connection's message rate.
  const board = await seedBenchBoard(port, 'Stort kart', (doc: Y.Doc) =>
    doc.transact(() => fillRandomBoard(doc, ACTORS, 100)),
  )
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.addInitScript(() => {
    const w = window as unknown as { peakCards: number }
    w.peakCards = 0
    new MutationObserver(() => {
      const count = document.querySelectorAll('[aria-roledescription="aktørkort"]').length
      w.peakCards = Math.max(w.peakCards, count)
    }).observe(document, { childList: true, subtree: true })
  })
  await openBoard(page, board.id, board.token)
  await expect(allCards(page).first()).toBeVisible()
}

/** The most cards on the page at once since the board opened or since `reset`. */
async function peakCards(page: Page, { reset = false } = {}): Promise<number> {
  return page.evaluate((reset) => {
    const w = window as unknown as { peakCards: number }
    const peak = w.peakCards
    if (reset) w.peakCards = 0
    return peak
  }, reset)
}

test('a board of 600 actors draws the cards in view, and the list brings any other to the keyboard', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000)
  // The peak from the first paint on: a card off screen is not drawn even once while the board
  // opens (React Flow drew each once to measure it).
  await openBigBoard(page, baseURL)

  // Only part of the board is on the page: the cards in view.
  const drawn = await allCards(page).count()
  expect(drawn).toBeGreaterThan(10)
  expect(drawn).toBeLessThan(ACTORS)
  const peak = await peakCards(page)
  expect(peak).toBeGreaterThanOrEqual(drawn)
  expect(peak).toBeLessThan(ACTORS / 2)
  // Of the 100 relations, those with a card in view are drawn (with the cards, right after
  // them); a line between two cards both out of view is not.
  const relations = page.getByRole('group', { name: / → / })
  await expect(relations.first()).toBeAttached()
  const cardNames = await allCards(page).evaluateAll((cards) =>
    cards.map((c) => /Aktør \d{4}/.exec(c.textContent ?? '')?.[0]),
  )
  const relationEnds = await relations.evaluateAll((lines) =>
    lines.map((l) => (l.getAttribute('aria-label') ?? '').match(/Aktør \d{4}/g) ?? []),
  )
  expect(relationEnds.length).toBeLessThan(100)
  for (const ends of relationEnds) {
    expect(ends).toHaveLength(2)
    expect(ends.some((end) => cardNames.includes(end))).toBe(true)
  }
  // The overview map of the whole board comes right after the cards, with every card in it.
  const overview = page.getByRole('img', { name: 'Oversiktskart' })
  await expect(overview).toBeVisible()
  await expect(overview).toHaveAttribute('data-cards', String(ACTORS), { timeout: 30_000 })
  // Dragging on the overview map pans the canvas: other cards come into view.
  const inView = await allCards(page).evaluateAll((cards) => cards.map((c) => c.textContent).join())
  const map = (await overview.boundingBox())!
  await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2)
  await page.mouse.down()
  await page.mouse.move(map.x + map.width / 2 - 30, map.y + map.height / 2 - 20, { steps: 5 })
  await page.mouse.up()
  await expect
    .poll(() => allCards(page).evaluateAll((cards) => cards.map((c) => c.textContent).join()))
    .not.toBe(inView)

  // The list comes in pages of 200, with a button for more.
  await page.getByRole('tab', { name: /^Aktører/ }).click()
  const list = page.getByRole('tabpanel', { name: /^Aktører/ })
  await expect(list.getByRole('checkbox')).toHaveCount(200)
  await list.getByRole('button', { name: 'Vis 200 til (400 igjen)' }).click()
  await expect(list.getByRole('checkbox')).toHaveCount(400)

  // An actor whose card is not drawn: picked from the list, its card comes into view with
  // focus, and the arrow keys move it.
  const names = await allCards(page).evaluateAll((cards) =>
    cards.map((c) => c.getAttribute('aria-label') ?? c.textContent ?? ''),
  )
  let hidden = ''
  // From the end of what the list shows, so the list is scrolled far down to reach it.
  for (let i = 400; i >= 1 && !hidden; i--) {
    const name = `Aktør ${String(i).padStart(4, '0')}`
    if (!names.some((n) => n.includes(name))) hidden = name
  }
  expect(hidden).not.toBe('')
  await expect(card(page, hidden)).toHaveCount(0)
  await list.getByRole('button', { name: new RegExp(`^${hidden}`) }).click()
  const picked = card(page, hidden)
  await expect(picked).toBeFocused()
  await expect(picked).toBeInViewport()
  // The details open at their top, though the list was scrolled down to find the actor.
  await expect(page.getByRole('heading', { name: hidden })).toBeInViewport()
  // Five large steps right cross half the matrix, past the border of the view: the card
  // keeps focus (the view follows it) and its substitutability falls by 50 points (the field
  // shows whole percents).
  const field = page.getByRole('textbox', { name: /^Erstatningsmulighet/ })
  const before = Number.parseFloat(await field.inputValue())
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight')
  await expect(picked).toBeFocused()
  await expect(picked).toBeInViewport()
  await expect
    .poll(async () => Number.parseFloat(await field.inputValue()))
    .toBeLessThanOrEqual(Math.max(0, before - 50) + 1)

  // The network of all 600 opens zoomed far out: each card is a block in its category's
  // colour, without text to read, still named for screen readers and on hover.
  await chooseView(page, 'Nettverk')
  const nameOf = async (c: Locator) => /Aktør \d{4}/.exec((await c.textContent()) ?? '')?.[0] ?? ''
  const nameWidth = async (c: Locator) =>
    (await c.getByText(await nameOf(c), { exact: true }).boundingBox())?.width ?? 0
  const block = allCards(page).first()
  await expect(block).toBeVisible()
  const blockName = await nameOf(block)
  expect(blockName).not.toBe('')
  await expect(card(page, blockName)).toHaveCount(1)
  await expect(card(page, blockName).getByTitle(blockName)).toBeVisible()
  expect(await nameWidth(card(page, blockName))).toBeLessThanOrEqual(1)
  // That far out the relations are painted in one layer, but those of the card being worked
  // on (still selected from the list) stay relations one can Tab to.
  const painted = page.locator('[data-far-relations]')
  await expect
    .poll(async () => Number(await painted.getAttribute('data-far-relations')))
    .toBeGreaterThan(10)
  for (const name of await relations.evaluateAll((lines) =>
    lines.map((l) => l.getAttribute('aria-label') ?? ''),
  ))
    expect(name).toContain(hidden)
  expect(await axeViolations(page)).toEqual([])
  // Zoomed in, the cards read again, and every relation near the view is one to Tab to.
  const zoomIn = page.getByRole('button', { name: 'Zoom inn' })
  for (let i = 0; i < 8; i++) await zoomIn.click()
  await expect.poll(() => nameWidth(allCards(page).first())).toBeGreaterThan(20)
  await expect(painted).toHaveCount(0)
  await expect(relations.first()).toBeAttached()
})

test('a PNG of the whole of a 600-actor board has every card, though the canvas draws those in view', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000)
  await openBigBoard(page, baseURL)
  expect(await allCards(page).count()).toBeLessThan(ACTORS / 2)
  // From here on: the picture is copied from the page, so a card never on it is not in it.
  await peakCards(page, { reset: true })

  const dialog = await openExport(page)
  await dialog.getByRole('radio', { name: 'Bilde (PNG)' }).check()
  await dialog.getByRole('radio', { name: 'Hele kartet' }).check()
  await dialog.getByRole('radio', { name: '1× (skjerm)' }).check()
  const { download } = await exportFile(page, { timeout: 120_000 })
  expect(download.suggestedFilename()).toMatch(/\.png$/)
  expect(await peakCards(page)).toBe(ACTORS)
  // Afterwards the canvas draws the cards in view again.
  await expect.poll(() => allCards(page).count(), { timeout: 30_000 }).toBeLessThan(ACTORS / 2)
})
