import { expect, test } from '@playwright/test'
import { addActor, card, createBoardViaApi, openBoard, axeViolations } from './helpers'

test('the start page has no axe violations', async ({ page, request }) => {
  // The start page lists the boards this browser has opened.
  await openBoard(page, await createBoardViaApi(request, 'Tilgjengelighet'))
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Tilgjengelighet' }).first()).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
})

test('the board page has no axe violations, with cards, a selection and a dialog', async ({
  page,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Tilgjengelighet')
  await openBoard(page, boardId)
  expect(await axeViolations(page)).toEqual([])

  await addActor(page, 'Helsedirektoratet')
  await addActor(page, 'Statped')
  await card(page, 'Statped').click()
  await expect(page.getByRole('heading', { level: 3, name: 'Statped' })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'Legg til aktør' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
})
