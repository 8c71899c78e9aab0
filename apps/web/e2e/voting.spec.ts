import { type Browser, type Page, expect, test } from '@playwright/test'
import { addActor, axeViolations, createBoardViaApi, createLinkViaApi, openBoard } from './helpers'

/** A participant in a browser of their own, live on the board with `token`. */
async function participant(browser: Browser, boardId: string, token?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await openBoard(page, boardId, token)
  return page
}

/** Opens a tool of the workshop rail by keyboard. */
async function openTool(page: Page, name: string) {
  const button = page.getByRole('button', { name, exact: true })
  await button.focus()
  await page.keyboard.press('Enter')
  await expect(button).toHaveAttribute('aria-pressed', 'true')
  return page.getByRole('region', { name, exact: true })
}

test('a facilitator runs a dot vote: dots stay secret until the reveal, then sorted by votes', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Prioritering')
  const editorLink = await createLinkViaApi(request, boardId, undefined, 'editor')
  const viewerLink = await createLinkViaApi(request, boardId, undefined, 'viewer')
  const facilitator = await participant(browser, boardId)
  for (const name of ['NAV', 'Helsenorge', 'Kommunen']) await addActor(facilitator, name)
  const editor = await participant(browser, boardId, editorLink.token)
  const viewer = await participant(browser, boardId, viewerLink.token)

  const panel = await openTool(facilitator, 'Avstemning')
  await panel.getByRole('textbox', { name: 'Spørsmål' }).fill('Hvem bør vi snakke med først?')
  await panel.getByRole('combobox', { name: 'Stem over' }).selectOption({ label: 'Aktører' })
  await panel.getByRole('spinbutton', { name: 'Prikker per person' }).fill('3')
  await panel.getByRole('button', { name: 'Start avstemning' }).click()
  await expect(panel.getByRole('heading', { name: 'Hvem bør vi snakke med først?' })).toBeVisible()
  expect(await axeViolations(facilitator, '#workshop-panel-voting')).toEqual([])

  // The editor votes by keyboard alone: two dots on NAV, one taken back and given again.
  const ballot = await openTool(editor, 'Avstemning')
  await expect(ballot.getByText('3 av 3 prikker igjen')).toBeVisible()
  const give = ballot.getByRole('button', { name: 'Gi en prikk til NAV' })
  await give.focus()
  await editor.keyboard.press('Enter')
  await expect(ballot.getByText('2 av 3 prikker igjen')).toBeVisible()
  await editor.keyboard.press('Enter')
  await expect(ballot.getByText('1 av 3 prikker igjen')).toBeVisible()
  await ballot.getByRole('button', { name: 'Ta tilbake en prikk fra NAV' }).focus()
  await editor.keyboard.press('Enter')
  await expect(ballot.getByText('2 av 3 prikker igjen')).toBeVisible()
  await give.focus()
  await editor.keyboard.press('Enter')
  await expect(ballot.getByText('1 av 3 prikker igjen')).toBeVisible()
  await expect(ballot.getByRole('listitem').filter({ hasText: 'NAV' })).toContainText(
    '2 prikker fra deg',
  )
  // The rail button counts the dots left.
  await expect(editor.getByRole('button', { name: 'Avstemning', exact: true })).toContainText(
    '1 prikk igjen',
  )

  // The viewer votes too, and sees none of the editor's dots: only that one person voted.
  const viewerBallot = await openTool(viewer, 'Avstemning')
  await expect(viewerBallot.getByText('1 har stemt')).toBeVisible()
  await expect(viewerBallot.getByText('3 av 3 prikker igjen')).toBeVisible()
  await expect(viewerBallot.getByRole('listitem').filter({ hasText: 'NAV' })).toContainText(
    '0 prikker fra deg',
  )
  await viewerBallot.getByRole('button', { name: 'Gi en prikk til Kommunen' }).click()
  await expect(viewerBallot.getByText('2 av 3 prikker igjen')).toBeVisible()
  await expect(panel.getByText('2 har stemt')).toBeVisible()
  expect(await axeViolations(viewer, '#workshop-panel-voting')).toEqual([])

  // A reload keeps the editor's dots: they are on the server, tied to this browser.
  await editor.reload()
  await expect(editor.getByRole('status')).toContainText('Live')
  const again = await openTool(editor, 'Avstemning')
  await expect(again.getByText('1 av 3 prikker igjen')).toBeVisible()

  await panel.getByRole('button', { name: 'Vis resultatet' }).click()
  for (const page of [facilitator, editor, viewer]) {
    const results = page.getByRole('list', { name: 'Resultat' }).getByRole('listitem')
    await expect(results).toHaveCount(3)
    await expect(results.nth(0)).toContainText('NAV')
    await expect(results.nth(0)).toContainText('2 prikker')
    await expect(results.nth(1)).toContainText('Kommunen')
    await expect(results.nth(2)).toContainText('0 prikker')
  }
  await viewer.getByRole('combobox', { name: 'Sorter' }).selectOption({ label: 'Alfabetisk' })
  await expect(
    viewer.getByRole('list', { name: 'Resultat' }).getByRole('listitem').nth(0),
  ).toContainText('Helsenorge')
  expect(await axeViolations(facilitator, '#workshop-panel-voting')).toEqual([])
})

test('the shared timer: started, paused and extended by the facilitator, seen by everyone', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Tidtaking')
  const editorLink = await createLinkViaApi(request, boardId, undefined, 'editor')
  const viewerLink = await createLinkViaApi(request, boardId, undefined, 'viewer')
  const facilitator = await participant(browser, boardId)
  const editor = await participant(browser, boardId, editorLink.token)
  const viewer = await participant(browser, boardId, viewerLink.token)
  const everyone = [facilitator, editor, viewer]

  const panel = await openTool(facilitator, 'Tidtaker')
  await panel.getByRole('textbox', { name: 'Minutter' }).fill('10')
  await panel.getByRole('textbox', { name: 'Minutter' }).press('Enter')
  for (const page of everyone)
    await expect(page.getByRole('timer')).toHaveAccessibleName(/^Tidtaker: (9:5\d|10:00) igjen$/)

  await panel.getByRole('button', { name: 'Pause' }).click()
  for (const page of everyone)
    await expect(page.getByRole('timer')).toHaveAccessibleName(
      /^Tidtaker på pause: (9:5\d|10:00) igjen$/,
    )
  const extend = panel.getByRole('button', { name: 'Legg til 1 min' })
  await extend.focus()
  await facilitator.keyboard.press('Enter')
  for (const page of everyone)
    await expect(page.getByRole('timer')).toHaveAccessibleName(
      /^Tidtaker på pause: (10:5\d|11:00) igjen$/,
    )
  expect(await axeViolations(facilitator, '#workshop-panel-timer')).toEqual([])

  // Participants only get the sound switch; the viewer reloads and the timer is still there.
  const own = await openTool(viewer, 'Tidtaker')
  await expect(own.getByRole('button', { name: 'Start tidtaker' })).toHaveCount(0)
  await expect(own.getByRole('switch', { name: 'Lyd når tiden er ute' })).not.toBeChecked()
  expect(await axeViolations(viewer, '#workshop-panel-timer')).toEqual([])
  await viewer.reload()
  await expect(viewer.getByRole('timer')).toHaveAccessibleName(
    /^Tidtaker på pause: (10:5\d|11:00) igjen$/,
  )

  await panel.getByRole('button', { name: 'Fortsett' }).click()
  await expect(editor.getByRole('timer')).toHaveAccessibleName(/^Tidtaker: (10:5\d|11:00) igjen$/)
  await panel.getByRole('button', { name: 'Stopp tidtaker' }).click()
  for (const page of everyone) await expect(page.getByRole('timer')).toHaveCount(0)

  // A short countdown to its end: everyone gets the gentle signal, said once.
  await panel.getByRole('textbox', { name: 'Minutter' }).fill('0,05')
  await panel.getByRole('button', { name: 'Start tidtaker' }).click()
  for (const page of everyone) {
    await expect(page.getByRole('timer')).toHaveAccessibleName('Tiden er ute')
    await expect(page.getByText('Tiden er ute', { exact: true })).toHaveCount(1)
  }
})
