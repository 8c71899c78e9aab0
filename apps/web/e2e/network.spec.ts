import { expect, test } from '@playwright/test'
import {
  addActor,
  card,
  createBoardViaApi,
  openBoard,
  axeViolations,
  twoParticipants,
  chooseView,
} from './helpers'

/** A view in the «Visning» switch; its label is what takes the click (the radio is hidden). */
test('switching matrix → network → lens keeps the selected actor selected', async ({
  page,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Visninger')
  await openBoard(page, boardId)
  await addActor(page, 'KS')
  await addActor(page, 'NAV')
  await card(page, 'KS').click()
  const selected = (name: string) => card(page, name).locator('[data-selected="true"]')
  await expect(selected('KS')).toHaveCount(1)

  await chooseView(page, 'Nettverk')
  await expect(page.getByRole('application', { name: /nettverk/ })).toBeVisible()
  await expect(selected('KS')).toHaveCount(1)
  await expect(selected('NAV')).toHaveCount(0)

  await chooseView(page, 'Interesse × innflytelse')
  await expect(page.getByRole('application', { name: /interesse og innflytelse/ })).toBeVisible()
  await expect(selected('KS')).toHaveCount(1)

  await chooseView(page, 'Matrise')
  await expect(selected('KS')).toHaveCount(1)
})

test('a card moved in the network view moves for everyone, and only there', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Nettverk')
  const [a, b] = await twoParticipants(browser, boardId)
  await addActor(a, 'Bufdir')
  await chooseView(a, 'Nettverk')
  await chooseView(b, 'Nettverk')
  const before = await card(b, 'Bufdir').boundingBox()

  await card(a, 'Bufdir').focus()
  for (let i = 0; i < 3; i++) await a.keyboard.press('Shift+ArrowRight')
  await expect
    .poll(async () => ((await card(b, 'Bufdir').boundingBox())?.x ?? 0) - before!.x)
    .toBeGreaterThan(40)
  // The matrix position (the scores) did not change.
  await chooseView(b, 'Matrise')
  await expect(card(b, 'Bufdir', 'Moderat')).toBeVisible()
})

test('the lens moves current and desired positions by keyboard, and both views pass axe', async ({
  page,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Linse')
  await openBoard(page, boardId)
  await addActor(page, 'Helsedirektoratet')
  await addActor(page, 'Statped')
  await page.getByRole('button', { name: 'Ny relasjon' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('combobox', { name: 'Fra aktør' }).selectOption({ label: 'Statped' })
  await dialog
    .getByRole('combobox', { name: 'Til aktør' })
    .selectOption({ label: 'Helsedirektoratet' })
  await dialog.getByRole('button', { name: 'Legg til relasjon' }).click()

  await chooseView(page, 'Nettverk')
  await expect(
    page.getByRole('group', { name: 'Statped → Helsedirektoratet: Samarbeid' }),
  ).toBeVisible()
  await page.screenshot({ path: 'test-results/network-view.png' })
  expect(await axeViolations(page)).toEqual([])

  await chooseView(page, 'Interesse × innflytelse')
  // Nobody has placed them on the lens yet: both wait in the tray, and a desire shows for the
  // selected card only, so it can be set.
  await expect(page.getByText('Ikke plassert ennå')).toBeVisible()
  await card(page, 'Statped').click()
  const desired = page.getByRole('group', { name: 'Ønsket plassering for Statped' })
  await desired.focus()
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowUp')
  await expect(
    page.getByText('Ønsket for Statped: interesse 50 %, innflytelse 80 %.'),
  ).toBeAttached()
  await card(page, 'Statped').focus()
  await page.keyboard.press('Shift+ArrowLeft')
  await expect(page.getByText('Statped: interesse 40 %, innflytelse 50 %.')).toBeAttached()
  await page.screenshot({ path: 'test-results/lens-view.png' })
  expect(await axeViolations(page)).toEqual([])
})
