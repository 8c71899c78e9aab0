import { type Page, expect, test } from '@playwright/test'
import {
  cellLabel,
  addActor,
  card,
  createBoardViaApi,
  twoParticipants,
  clickEmptyMap,
} from './helpers'

const undoButton = (page: Page) => page.getByRole('button', { name: 'Angre', exact: true })
const redoButton = (page: Page) => page.getByRole('button', { name: 'Gjør om', exact: true })

/**
 * Drags a card through the «Lav» cell into «Viktig», resting in «Lav» for longer than edits
 * take to merge into one step by time alone; `watcher` sees the card pass through «Lav».
 */
async function dragThroughLavToViktig(page: Page, watcher: Page, name: string) {
  const from = await card(page, name).boundingBox()
  const cell = await cellLabel(page, 'Viktig').boundingBox()
  if (!from || !cell) throw new Error('card or cell not on screen')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x - 100, from.y + 120, { steps: 8 })
  await expect(card(watcher, name, 'Lav')).toBeVisible()
  await page.waitForTimeout(900) // the hand rests: still the same drag, still one step
  await page.mouse.move(cell.x - 60, cell.y + 90, { steps: 8 })
  await page.mouse.up()
}

test('undo reverts only my own changes while someone else keeps editing; a drag is one step', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Angre')
  const [a, b] = await twoParticipants(browser, boardId)
  // Opening a board is not something to undo.
  await expect(undoButton(a)).toBeDisabled()
  await expect(redoButton(a)).toBeDisabled()

  await addActor(a, 'NAV')
  await addActor(b, 'Kommunen')
  await expect(card(a, 'Kommunen', 'Moderat')).toBeVisible()

  // A drags NAV through «Lav» into «Viktig», pausing on the way; B moves Kommunen meanwhile.
  await dragThroughLavToViktig(a, b, 'NAV')
  await expect(card(b, 'NAV', 'Viktig')).toBeVisible()
  await card(b, 'Kommunen').focus()
  for (let i = 0; i < 6; i++) await b.keyboard.press('Shift+ArrowDown')
  await expect(card(a, 'Kommunen', 'Lav')).toBeVisible()

  // Ctrl+Z on A: the whole drag goes back in one step (to «Moderat», not to the pause in
  // «Lav»), for everyone; B's move stays.
  await clickEmptyMap(a)
  await a.keyboard.press('Control+z')
  await expect(card(a, 'NAV', 'Moderat')).toBeVisible()
  await expect(card(b, 'NAV', 'Moderat')).toBeVisible()
  await expect(card(a, 'Kommunen', 'Lav')).toBeVisible()

  // B keeps editing: renames Kommunen. A undoes again: only A's own «add NAV» goes.
  await card(b, 'Kommunen').dblclick()
  await b.getByRole('dialog').getByRole('textbox', { name: 'Navn' }).fill('Kommunen Vest')
  await b.getByRole('button', { name: 'Lagre' }).click()
  await expect(card(a, 'Kommunen Vest')).toBeVisible()
  await undoButton(a).click()
  await expect(card(b, 'NAV')).toHaveCount(0)
  await expect(card(b, 'Kommunen Vest', 'Lav')).toBeVisible()
  await expect(undoButton(a)).toBeDisabled() // nothing of A's left: B's edits are not A's to undo

  // Redo brings A's steps back in order: Shift+Ctrl+Z adds NAV, Ctrl+Y redoes the drag.
  await a.keyboard.press('Control+Shift+Z')
  await expect(card(b, 'NAV', 'Moderat')).toBeVisible()
  await a.keyboard.press('Control+y')
  await expect(card(b, 'NAV', 'Viktig')).toBeVisible()
  await expect(redoButton(a)).toBeDisabled()

  // B's undo takes back B's rename, and nothing of A's.
  await undoButton(b).click()
  await expect(card(a, 'Kommunen', 'Lav')).toBeVisible()
  await expect(card(a, 'NAV', 'Viktig')).toBeVisible()
})

test('a text field keeps Ctrl+Z for its own text', async ({ browser, request }) => {
  const boardId = await createBoardViaApi(request, 'Tekst')
  const [a] = await twoParticipants(browser, boardId)
  await addActor(a, 'NAV')
  const search = a.getByRole('searchbox', { name: 'Søk etter aktør' })
  await search.fill('Kommune')
  await search.press('Control+z')
  // The board was not touched: NAV is still there, and «Angre» still offers to remove it.
  await expect(card(a, 'NAV')).toBeVisible()
  await expect(undoButton(a)).toBeEnabled()
  await search.fill('')
  await undoButton(a).click()
  await expect(card(a, 'NAV')).toHaveCount(0)
})
