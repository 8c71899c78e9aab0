import { type Page, expect, test } from '@playwright/test'
import {
  type Box,
  addActor,
  allCards,
  axeViolations,
  cardBoxes,
  chooseView,
  createBoardViaApi,
  openBoard,
  overlappingPairs,
} from './helpers'

/** The «Canvas first» checks: what every participant sees in the first minute of a workshop. */

const LAPTOP = { width: 1366, height: 768 }
const DESKTOP = { width: 1920, height: 1080 }
const MATRIX = 'Aktørkart: viktighet og erstatningsmulighet'
const NETWORK = 'Aktørkart: nettverk av relasjoner'
const LENS = 'Aktørkart: interesse og innflytelse'

/** The names of every shipped template, from the server (as the start page lists them). */
async function templateIds(page: Page): Promise<string[]> {
  const response = await page.request.get('/api/templates')
  const body = (await response.json()) as { templates: { id: string }[] }
  return body.templates.map((t) => t.id)
}

/** Waits until the map has fitted itself and every card has slid to its place. */
async function settle(page: Page, cards: number) {
  await expect(allCards(page)).toHaveCount(cards)
  // Cards slide to their places (180 ms) and the map fits itself after the first layout.
  await page.waitForTimeout(700)
  await page.mouse.move(1, 1)
}

/** Opens a new board made from `template`, once its map has settled; returns its card count. */
async function openTemplateBoard(page: Page, template: string): Promise<number> {
  const boardId = await createBoardViaApi(page.request, template, template)
  await openBoard(page, boardId)
  const count = await page.getByRole('tab', { name: /^Aktører/ }).textContent()
  const cards = Number(/\((\d+)\)/.exec(count ?? '')?.[1] ?? 0)
  await settle(page, cards)
  return cards
}

/** The font size a card's name is drawn at on screen: its CSS size times the map's zoom. */
async function renderedNameSizes(page: Page): Promise<number[]> {
  return allCards(page).evaluateAll((cards) =>
    cards.map((card) => {
      const id = card.getAttribute('aria-labelledby')!.split(' ')[0]!
      const name = document.getElementById(id)!
      const zoom = name.getBoundingClientRect().height / name.offsetHeight
      return parseFloat(getComputedStyle(name).fontSize) * zoom
    }),
  )
}

/**
 * Text cut off on the cards, as «card name: text»: every piece of text that reaches outside an
 * element clipping it (within the card), or that is shortened with «…» (the box of the text
 * is the whole text, the ellipsis only paints over it). Text for screen readers only (in a
 * 1-unit box) aside. A name too long for one line takes two; none of the templates' names needs
 * more, so none may be cut.
 */
async function cutCardText(page: Page): Promise<string[]> {
  return allCards(page).evaluateAll((cards) =>
    cards.flatMap((card) => {
      const name = document.getElementById(card.getAttribute('aria-labelledby')!.split(' ')[0]!)
      const cut: string[] = []
      const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue
        const range = document.createRange()
        range.selectNodeContents(node)
        const text = range.getBoundingClientRect()
        for (let e = node.parentElement; e && card.contains(e); e = e.parentElement) {
          if (e.clientWidth <= 1) break
          if (getComputedStyle(e).overflow !== 'hidden') continue
          const box = e.getBoundingClientRect()
          const outside =
            text.left < box.left - 1 ||
            text.right > box.right + 1 ||
            text.top < box.top - 1 ||
            text.bottom > box.bottom + 1
          if (outside) {
            cut.push(`${name?.textContent}: ${node.textContent}`)
            break
          }
        }
      }
      return cut
    }),
  )
}

async function expectReadableMapWithoutOverlaps(
  page: Page,
  label: string,
  { map = MATRIX, minName = 12 } = {},
) {
  const boxes = await cardBoxes(page)
  const overlaps = overlappingPairs(boxes).map(([a, b]) => `${a.name} × ${b.name}`)
  expect(overlaps, `${label}: cards covering each other`).toEqual([])
  const sizes = await renderedNameSizes(page)
  expect(Math.min(...sizes), `${label}: smallest card name in px`).toBeGreaterThanOrEqual(minName)
  expect(await cutCardText(page), `${label}: text cut off on cards`).toEqual([])
  const canvas = await page.getByRole('application', { name: map }).boundingBox()
  const window = page.viewportSize()!
  expect(canvas!.height / window.height, `${label}: share of the window`).toBeGreaterThan(0.7)
}

for (const size of [LAPTOP, DESKTOP])
  test(`every template opens at ${size.width}×${size.height} as a readable map with no card on another`, async ({
    browser,
  }) => {
    test.setTimeout(240_000)
    const page = await (await browser.newContext({ viewport: size })).newPage()
    for (const template of await templateIds(page)) {
      await openTemplateBoard(page, template)
      await expectReadableMapWithoutOverlaps(page, template)
    }
  })

test('every template opens readable in the network and the lens too, the lens tray in name order', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const page = await (await browser.newContext({ viewport: LAPTOP })).newPage()
  for (const template of await templateIds(page)) {
    const cards = await openTemplateBoard(page, template)
    // The network opens arranged (related actors together), not on a spiral too wide to read.
    await chooseView(page, 'Nettverk')
    await settle(page, cards)
    await expectReadableMapWithoutOverlaps(page, `${template}, network`, { map: NETWORK })
    await chooseView(page, 'Interesse × innflytelse')
    await settle(page, cards)
    // The lens plane and its tray side by side are wider than the matrix: at 1366 with the
    // panel open its names are ~10 px, where the matrix's are 12 (a known limit, not a goal).
    await expectReadableMapWithoutOverlaps(page, `${template}, lens`, { map: LENS, minName: 9.5 })
    // Nobody has placed them on interest × influence yet: the tray holds them in two columns,
    // row by row in the order of the names on the cards.
    const tray = (await cardBoxes(page)).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x)
    const names = tray.map((c) => c.name.replace(/ (Viktig|Moderat|Lav)$/, ''))
    expect(names, template).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nb')))
    expect(new Set(tray.map((c) => Math.round(c.box.x))).size, template).toBe(Math.min(2, cards))
  }
})

test('thirty actors added one by one to an empty board never cover each other', async ({
  page,
  request,
}) => {
  test.setTimeout(360_000)
  await page.setViewportSize(LAPTOP)
  const boardId = await createBoardViaApi(request, 'Tretti aktører')
  await openBoard(page, boardId)
  for (let i = 1; i <= 30; i++) await addActor(page, `Aktør ${i}`)
  await settle(page, 30)
  await expectReadableMapWithoutOverlaps(page, '30 actors at 1366×768')
  await page.setViewportSize(DESKTOP)
  await page.getByRole('button', { name: 'Vis hele kartet' }).click()
  await settle(page, 30)
  await expectReadableMapWithoutOverlaps(page, '30 actors at 1920×1080')
  expect(await axeViolations(page)).toEqual([])
  // Nobody has placed them in the network: its initial spiral keeps them apart, close enough
  // to read from a step back (names ~16 px; on the old, wider spiral ~12 px).
  await chooseView(page, 'Nettverk')
  await settle(page, 30)
  await expectReadableMapWithoutOverlaps(page, '30 actors in the network at 1920×1080', {
    map: NETWORK,
    minName: 14,
  })
})

for (const width of [1024, 1280, 1920])
  test(`the board's header at ${width} px: every control in view, none over another`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width, height: 800 })
    const boardId = await createBoardViaApi(request, 'Verksted for samordnet tjeneste 2027')
    await openBoard(page, boardId)
    const header = page.getByRole('banner')
    const controls = [
      header.getByRole('link', { name: 'Samkart' }),
      header.getByRole('heading', { level: 1 }),
      header.getByText('Fasilitator', { exact: true }).filter({ visible: true }),
      header.getByRole('link', { name: 'Aktørkart' }),
      header.getByRole('link', { name: 'Brukerreiser' }),
      header.getByRole('button', { name: 'Angre' }),
      header.getByRole('button', { name: 'Gjør om' }),
      header.getByRole('button', { name: /til stede/ }),
      header.getByRole('status'),
      header.getByRole('button', { name: 'Historikk' }),
      header.getByRole('button', { name: 'Eksporter' }),
      header.getByRole('button', { name: 'Importer' }),
      header.getByRole('button', { name: 'Del tavla' }),
      header.getByRole('button', { name: 'Språk: Norsk bokmål' }),
    ]
    const boxes: { name: string; box: Box }[] = []
    for (const control of controls) {
      const box = await control.boundingBox()
      expect(box, `${control} is drawn`).not.toBeNull()
      expect(box!.x).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width).toBeLessThanOrEqual(width)
      boxes.push({ name: String(control), box: box! })
    }
    expect(overlappingPairs(boxes).map(([a, b]) => `${a.name} × ${b.name}`)).toEqual([])
    // The title keeps room for about ten characters, whatever the header has to give up.
    const title = await header.getByRole('heading', { level: 1 }).boundingBox()
    expect(title!.width).toBeGreaterThanOrEqual(100)
  })
