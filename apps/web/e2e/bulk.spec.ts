import { type Page, expect, test } from '@playwright/test'
import {
  addActor,
  card,
  createBoardViaApi,
  openBoard,
  axeViolations,
  twoParticipants,
  chooseView,
} from './helpers'

const actorsTab = (page: Page) => page.getByRole('tabpanel', { name: /^Aktører/ })
const relation = (page: Page, name: string) => page.getByRole('group', { name, exact: true })

/** Draws a relation through the «Ny relasjon» dialog. */
async function addRelation(page: Page, from: string, to: string, type: string) {
  await page.getByRole('button', { name: 'Ny relasjon' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('combobox', { name: 'Fra aktør' }).selectOption({ label: from })
  await dialog.getByRole('combobox', { name: 'Til aktør' }).selectOption({ label: to })
  await dialog.getByRole('combobox', { name: 'Type' }).selectOption({ label: type })
  await dialog.getByRole('button', { name: 'Legg til relasjon' }).click()
  await expect(dialog).toBeHidden()
}

/**
 * Maps matrix coordinates (1000 × 680, importance up, substitutability high → low) to the
 * screen, from where the first two cards of a new board land (spawn slots 0 and 1: x 380,
 * y 272 and 210.8). Robust to the zoom the canvas fits to.
 */
async function matrixToScreen(page: Page) {
  const first = await centre(page, 'NAV')
  const second = await centre(page, 'KS')
  const scale = (first.y - second.y) / (272 - 210.8)
  return (p: { x: number; y: number }) => ({
    x: first.x + (p.x - 380) * scale,
    y: first.y + (p.y - 272) * scale,
  })
}

async function centre(page: Page, name: string) {
  const box = await card(page, name).boundingBox()
  if (!box) throw new Error(`${name} is not on screen`)
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** Drags a card by its centre to a point on the page, in small steps like a hand would. */
async function drag(page: Page, name: string, to: { x: number; y: number }) {
  const from = await card(page, name).boundingBox()
  if (!from) throw new Error(`${name} is not on screen`)
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(to.x, to.y, { steps: 12 })
  await page.mouse.up()
}

test('checkboxes and Shift-click select several; deleting them asks first and reaches everyone', async ({
  browser,
  request,
}) => {
  // Two browsers, two axe runs and a dialog: slower than most on a shared machine.
  test.setTimeout(120_000)
  const boardId = await createBoardViaApi(request, 'Flervalg')
  const [a, b] = await twoParticipants(browser, boardId)
  for (const name of ['NAV', 'KS', 'Statped', 'Bufdir']) await addActor(a, name)
  await addRelation(a, 'NAV', 'Bufdir', 'Samarbeid')
  await expect(relation(b, 'NAV → Bufdir: Samarbeid')).toBeVisible()

  // Two by checkbox in the list, one by Shift-click on its card.
  await a.getByRole('tab', { name: /^Aktører/ }).click()
  await actorsTab(a).getByRole('checkbox', { name: 'Velg NAV' }).check()
  await actorsTab(a).getByRole('checkbox', { name: 'Velg KS' }).check()
  await card(a, 'Statped').click({ modifiers: ['Shift'] })
  await expect(actorsTab(a).getByRole('checkbox', { name: 'Velg Statped' })).toBeChecked()
  const bulk = actorsTab(a).getByRole('group', { name: '3 valgt' })
  await expect(bulk).toBeVisible()

  // The selection survives a switch of view and back.
  await chooseView(a, 'Nettverk')
  await chooseView(a, 'Matrise')
  await expect(bulk).toBeVisible()

  // Axe stays clean with a filter active and several selected.
  await a.getByRole('searchbox', { name: 'Søk etter aktør' }).fill('s')
  expect(await axeViolations(a)).toEqual([])
  await a.getByRole('button', { name: 'Nullstill filter' }).click()

  // Cancelling deletes nothing.
  await bulk.getByRole('button', { name: 'Slett valgte' }).click()
  const dialog = a.getByRole('dialog', { name: 'Slette 3 aktører?' })
  await expect(dialog.getByRole('list', { name: 'Valgte aktører' })).toHaveText(
    /NAV\s*KS\s*Statped/,
  )
  expect(await axeViolations(a)).toEqual([])
  await dialog.getByRole('button', { name: 'Avbryt' }).click()
  await expect(dialog).toBeHidden()
  await expect(card(b, 'NAV')).toBeVisible()

  await bulk.getByRole('button', { name: 'Slett valgte' }).click()
  await dialog.getByRole('button', { name: 'Slett 3 aktører' }).click()
  for (const name of ['NAV', 'KS', 'Statped']) await expect(card(b, name)).toHaveCount(0)
  await expect(card(b, 'Bufdir')).toBeVisible()
  // NAV's relation went with it.
  await expect(relation(b, 'NAV → Bufdir: Samarbeid')).toHaveCount(0)
  await expect(relation(a, 'NAV → Bufdir: Samarbeid')).toHaveCount(0)
  await expect(actorsTab(a).getByRole('listitem')).toHaveCount(1)
})

test('Space on the map builds a selection of several by keyboard alone', async ({
  page,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Flervalg med tastatur')
  await openBoard(page, boardId)
  for (const name of ['NAV', 'KS', 'Statped']) await addActor(page, name)
  const details = page.getByRole('tabpanel', { name: 'Detaljer' })

  // Keyboard focus selects a card (Tab, Shift+Tab); Space keeps it and starts a selection
  // of several, after which moving focus on no longer replaces it.
  await card(page, 'NAV').focus()
  await page.keyboard.press('Tab')
  await expect(card(page, 'KS')).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(card(page, 'NAV')).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page.getByText('1 valgt', { exact: true })).toBeAttached()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(card(page, 'Statped')).toBeFocused()
  await page.keyboard.press('Space')
  await expect(details.getByRole('group', { name: '2 valgt' })).toBeVisible()
  // Space again takes the focused card out.
  await page.keyboard.press('Space')
  await expect(page.getByText('1 valgt', { exact: true })).toBeAttached()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Space')
  await expect(details.getByRole('group', { name: '2 valgt' })).toBeVisible()
  await page.getByRole('tab', { name: /^Aktører/ }).click()
  for (const [name, checked] of [
    ['NAV', true],
    ['KS', true],
    ['Statped', false],
  ] as const)
    await expect(actorsTab(page).getByRole('checkbox', { name: `Velg ${name}` })).toBeChecked({
      checked,
    })
})

test('duplicating several makes a copy of each and selects the copies', async ({
  page,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Dupliser flere')
  await openBoard(page, boardId)
  await addActor(page, 'NAV')
  await addActor(page, 'KS')
  await card(page, 'NAV').click()
  await card(page, 'KS').click({ modifiers: ['Shift'] })
  const details = page.getByRole('tabpanel', { name: 'Detaljer' })
  await details.getByRole('button', { name: 'Dupliser valgte' }).click()
  await expect(card(page, 'Kopi av NAV')).toBeVisible()
  await expect(card(page, 'Kopi av KS')).toBeVisible()
  await expect(details.getByRole('group', { name: '2 valgt' })).toBeVisible()
  await page.getByRole('tab', { name: /^Aktører/ }).click()
  await expect(actorsTab(page).getByRole('checkbox', { name: 'Velg Kopi av NAV' })).toBeChecked()
  await expect(actorsTab(page).getByRole('checkbox', { name: 'Velg NAV' })).not.toBeChecked()
})

test('dragging one of two cards selected with a selection box moves both, for everyone', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Flytt flere')
  const [a, b] = await twoParticipants(browser, boardId)
  await addActor(a, 'NAV')
  await addActor(a, 'KS')
  await expect(card(b, 'KS', 'Moderat')).toBeVisible()
  const toScreen = await matrixToScreen(a)

  // Shift + drag on the empty canvas draws a selection box around both cards.
  const nav = await card(a, 'NAV').boundingBox()
  const ks = await card(a, 'KS').boundingBox()
  if (!nav || !ks) throw new Error('cards not on screen')
  const left = Math.min(nav.x, ks.x) - 40
  const top = Math.min(nav.y, ks.y) - 40
  const right = Math.max(nav.x + nav.width, ks.x + ks.width) + 20
  const bottom = Math.max(nav.y + nav.height, ks.y + ks.height) + 20
  await a.keyboard.down('Shift')
  await a.mouse.move(left, top)
  await a.mouse.down()
  await a.mouse.move(right, bottom, { steps: 8 })
  await a.mouse.up()
  await a.keyboard.up('Shift')
  await expect(a.getByRole('tabpanel', { name: 'Detaljer' }).getByText('2 valgt')).toBeVisible()

  // Drag NAV into the top-right cell: both cards go, and the other person sees both arrive.
  await drag(a, 'NAV', toScreen({ x: 700, y: 200 }))
  await expect(card(a, 'NAV', 'Viktig')).toBeVisible()
  await expect(card(a, 'KS', 'Viktig')).toBeVisible()
  await expect(card(b, 'NAV', 'Viktig')).toBeVisible()
  await expect(card(b, 'KS', 'Viktig')).toBeVisible()
})
