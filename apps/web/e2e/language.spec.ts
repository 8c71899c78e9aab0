import { expect, test } from '@playwright/test'
import { addActor, boardUrl, card, createBoardViaApi, openBoard } from './helpers'

test('switches the interface to English and back, and remembers the choice', async ({
  page,
  request,
}) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb')
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Boards' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Create board' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  // The choice survives navigation and reloads.
  const boardId = await createBoardViaApi(request, 'Språk')
  await page.goto(boardUrl(boardId))
  await expect(page.getByRole('status')).toContainText('Live')
  await expect(page.getByRole('button', { name: 'Add actor' })).toBeVisible()

  // Model errors are translated too.
  await page.getByRole('button', { name: 'Add actor' }).click()
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.getByText('Enter the name of the actor.')).toBeVisible()
  await page.getByRole('button', { name: 'Cancel' }).click()

  await page.getByRole('button', { name: 'Norsk bokmål' }).click()
  await expect(page.getByRole('button', { name: 'Legg til aktør' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb')
  await openBoard(page, boardId)
  await addActor(page, 'KS')
  await expect(card(page, 'KS', 'Moderat')).toBeVisible()
})
