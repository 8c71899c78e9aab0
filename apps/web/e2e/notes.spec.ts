import { type Locator, type Page, expect, test } from '@playwright/test'
import { axeViolations, card, createBoardViaApi, createLinkViaApi, openBoard } from './helpers'

/** Waits for the element's opening animation, so axe measures colours as they end up. */
const settled = (locator: Locator) =>
  locator.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)))

/** A sticky note on the aktørkart, by its accessible name («Notat: <text>»). */
const note = (page: Page, text: string) =>
  page.getByRole('group', { name: `Notat: ${text}`, exact: true })

test('notes on the matrix: made and edited by keyboard, seen live, deleted together and undone, promoted to an actor', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Notater')
  const editorLink = await createLinkViaApi(request, boardId)
  const facilitator = await (await browser.newContext()).newPage()
  const editor = await (await browser.newContext()).newPage()
  await Promise.all([openBoard(facilitator, boardId), openBoard(editor, boardId, editorLink.token)])

  // N makes a note in free space and puts the cursor in its text; Enter saves it.
  await facilitator.getByRole('application', { name: /^Aktørkart:/ }).focus()
  await facilitator.keyboard.press('n')
  const field = facilitator.getByRole('textbox', { name: 'Tekst i notatet' })
  await expect(field).toBeFocused()
  await field.fill('Helsestasjonen')
  await facilitator.keyboard.press('Enter')
  await expect(note(facilitator, 'Helsestasjonen')).toBeFocused()
  await expect(note(editor, 'Helsestasjonen')).toBeVisible()

  // A viewer reads the note but gets no way to add, edit or open one.
  const viewerLink = await createLinkViaApi(request, boardId, undefined, 'viewer')
  const viewer = await (await browser.newContext()).newPage()
  await openBoard(viewer, boardId, viewerLink.token)
  await expect(note(viewer, 'Helsestasjonen')).toBeVisible()
  await expect(viewer.getByRole('button', { name: 'Nytt notat' })).toHaveCount(0)
  await expect(viewer.getByRole('button', { name: 'Valg for notatet' })).toHaveCount(0)
  await note(viewer, 'Helsestasjonen').focus()
  await viewer.keyboard.press('Enter')
  await expect(viewer.getByRole('textbox', { name: 'Tekst i notatet' })).toHaveCount(0)
  await viewer.close()

  // Enter on the note edits it in place; the editor sees the new text live.
  await facilitator.keyboard.press('Enter')
  await field.fill('Helsestasjonen i kommunen')
  await facilitator.keyboard.press('Enter')
  await expect(note(editor, 'Helsestasjonen i kommunen')).toBeVisible()

  // A second note from the toolbar button.
  await facilitator.getByRole('button', { name: 'Nytt notat' }).click()
  await expect(field).toBeFocused()
  await field.fill('Barnehagen')
  await facilitator.keyboard.press('Enter')
  await expect(note(editor, 'Barnehagen')).toBeVisible()
  // Notes do not cover each other.
  const one = await note(facilitator, 'Helsestasjonen i kommunen').boundingBox()
  const two = await note(facilitator, 'Barnehagen').boundingBox()
  if (!one || !two) throw new Error('notes not on screen')
  expect(
    one.x + one.width <= two.x ||
      two.x + two.width <= one.x ||
      one.y + one.height <= two.y ||
      two.y + two.height <= one.y,
  ).toBe(true)

  expect(await axeViolations(facilitator, '.react-flow__node.samkart-note-node')).toEqual([])

  // Space builds a selection of both; Delete deletes both; undo brings both back, for everyone.
  await note(facilitator, 'Barnehagen').focus()
  await facilitator.keyboard.press('Space')
  await note(facilitator, 'Helsestasjonen i kommunen').focus()
  await facilitator.keyboard.press('Space')
  await facilitator.keyboard.press('Delete')
  await expect(note(editor, 'Barnehagen')).toHaveCount(0)
  await expect(note(editor, 'Helsestasjonen i kommunen')).toHaveCount(0)
  await facilitator.getByRole('button', { name: 'Angre', exact: true }).click()
  await expect(note(editor, 'Barnehagen')).toBeVisible()
  await expect(note(editor, 'Helsestasjonen i kommunen')).toBeVisible()

  // The note's options: a colour, then «Gjør til aktør»; the editor sees the actor, not the note.
  await note(facilitator, 'Barnehagen').focus()
  await facilitator.keyboard.press('Shift+F10')
  const dialog = facilitator.getByRole('dialog', { name: 'Valg for notatet' })
  await expect(dialog).toBeVisible()
  await settled(dialog)
  expect(await axeViolations(facilitator, 'dialog[open]')).toEqual([])
  await dialog.getByRole('radio', { name: 'Blå' }).check()
  await dialog.getByRole('button', { name: 'Gjør til aktør' }).click()
  await expect(card(editor, 'Barnehagen')).toBeVisible()
  await expect(note(editor, 'Barnehagen')).toHaveCount(0)
})

test('a journey note: added from a cell, written, moved to another cell by keyboard, promoted to a touchpoint, seen by the other', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Reisenotater', 'alvorlig-sykt-barn')
  const editorLink = await createLinkViaApi(request, boardId)
  const facilitator = await (await browser.newContext()).newPage()
  const editor = await (await browser.newContext()).newPage()
  await Promise.all([openBoard(facilitator, boardId), openBoard(editor, boardId, editorLink.token)])
  for (const page of [facilitator, editor]) {
    await page.getByRole('link', { name: 'Brukerreiser' }).click()
    await page.getByRole('link', { name: 'Alvorlig sykt barn', exact: true }).click()
  }

  // The small «+» of the «Kontakt og utredning» × «Smertepunkter» cell adds a note and opens it.
  const add = facilitator.getByRole('button', {
    name: 'Legg til notat i Kontakt og utredning, Smertepunkter',
  })
  await add.focus()
  await facilitator.keyboard.press('Enter')
  const dialog = facilitator.getByRole('dialog', { name: 'Valg for notatet' })
  await dialog.getByRole('textbox', { name: 'Tekst i notatet' }).fill('Må fortelle alt på nytt')
  await settled(dialog)
  expect(await axeViolations(facilitator, 'dialog[open]')).toEqual([])
  // «Flytt til …»: the same note into «Sykehus og diagnose», still a pain point.
  await dialog
    .getByRole('combobox', { name: 'Flytt til …' })
    .selectOption({ label: 'Sykehus og diagnose – Smertepunkter' })
  await dialog.getByRole('button', { name: 'Lagre' }).click()
  const inCell = editor.getByRole('list', {
    name: 'Notater i Sykehus og diagnose, Smertepunkter',
  })
  await expect(inCell.getByRole('button', { name: 'Notat: Må fortelle alt på nytt' })).toBeVisible()
  expect(await axeViolations(facilitator, 'table')).toEqual([])

  // From the note's options: «Gjør til kontaktpunkt»; the editor sees a touchpoint, not a note.
  await facilitator.getByRole('button', { name: 'Notat: Må fortelle alt på nytt' }).click()
  await dialog.getByRole('button', { name: 'Gjør til kontaktpunkt' }).click()
  await expect(editor.getByRole('columnheader', { name: /Må fortelle alt på nytt/ })).toBeVisible()
  await expect(editor.getByRole('button', { name: 'Notat: Må fortelle alt på nytt' })).toHaveCount(
    0,
  )
})
