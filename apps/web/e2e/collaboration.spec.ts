import { expect, test } from '@playwright/test'
import { cellLabel, addActor, card, createBoardViaApi, openBoard } from './helpers'

test('two people see each other’s edits live, and the board survives a reload', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Samarbeid')
  const contextA = await browser.newContext()
  const contextB = await browser.newContext()
  const a = await contextA.newPage()
  const b = await contextB.newPage()
  await Promise.all([openBoard(a, boardId), openBoard(b, boardId)])

  // A adds an actor; it lands in the upper-left «Moderat» cell, for both.
  await addActor(a, 'NAV')
  await expect(card(b, 'NAV', 'Moderat')).toBeVisible()

  // A renames it by double-clicking the card.
  await card(a, 'NAV').dblclick()
  await a
    .getByRole('dialog')
    .getByRole('textbox', { name: 'Navn' })
    .fill('Arbeids- og velferdsetaten')
  await a.getByRole('button', { name: 'Lagre' }).click()
  const name = 'Arbeids- og velferdsetaten'
  await expect(card(b, name, 'Moderat')).toBeVisible()

  // A drags the card with the mouse into the top-right cell: «Viktig».
  const from = await card(a, name).boundingBox()
  const cell = await cellLabel(a, 'Viktig').boundingBox()
  if (!from || !cell) throw new Error('card or cell not on screen')
  await a.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await a.mouse.down()
  await a.mouse.move(cell.x - 60, cell.y + 90, { steps: 12 })
  await a.mouse.up()
  await expect(card(a, name, 'Viktig')).toBeVisible()
  await expect(card(b, name, 'Viktig')).toBeVisible()

  // A moves it with the keyboard: down into the lower-right «Moderat», then left into «Lav».
  await card(a, name).focus()
  for (let i = 0; i < 6; i++) await a.keyboard.press('Shift+ArrowDown')
  await expect(card(b, name, 'Moderat')).toBeVisible()
  for (let i = 0; i < 7; i++) await a.keyboard.press('Shift+ArrowLeft')
  await expect(card(b, name, 'Lav')).toBeVisible()

  // B reloads and gets the same board back from the server.
  await b.reload()
  await expect(b.getByRole('status')).toContainText('Live')
  await expect(card(b, name, 'Lav')).toBeVisible()

  // A deletes the card with the Delete key; it disappears for B.
  await card(a, name).focus()
  await a.keyboard.press('Delete')
  await expect(card(b, name)).toHaveCount(0)

  await contextA.close()
  await contextB.close()
})
