import { expect, test } from '@playwright/test'
import { boardToken, boardUrl, createBoardViaApi } from './helpers'

test('creates a board from the start page and lands on it, live', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Tavler' })).toBeVisible()

  // The model's rule, in Norwegian, next to the field.
  await page.getByRole('button', { name: 'Opprett tavle' }).click()
  await expect(page.getByText('Skriv inn et navn på tavla.')).toBeVisible()

  await page.getByLabel('Navn på tavla').fill('Alvorlig sykt barn')
  await page.getByRole('button', { name: 'Opprett tavle' }).click()

  await expect(page).toHaveURL(/\/b\/[0-9A-Za-z_-]+$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Alvorlig sykt barn' })).toBeVisible()
  await expect(page.getByRole('status')).toContainText('Live')
  await expect(page).toHaveTitle('Alvorlig sykt barn – Samkart')

  // The new board is listed on the start page.
  await page.getByRole('link', { name: 'Samkart' }).click()
  await expect(page.getByRole('link', { name: 'Alvorlig sykt barn' }).first()).toBeVisible()
})

test('a board that does not exist gives a friendly way back', async ({ page, request }) => {
  // A deleted board, opened with the link its creator had.
  const boardId = await createBoardViaApi(request, 'Snart borte')
  const deleted = await request.delete(`/api/boards/${boardId}`, {
    headers: { authorization: `Bearer ${boardToken(boardId)}` },
  })
  expect(deleted.status()).toBe(204)
  await page.goto(boardUrl(boardId))
  await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke tavla' })).toBeVisible()
  await page.getByRole('link', { name: 'Gå til alle tavler' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tavler' })).toBeVisible()

  // Without a share link's key the server says nothing about the board, and neither do we.
  await page.goto('/b/finnesIkke123')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ingen tilgang til tavla' }),
  ).toBeVisible()
  await page.getByRole('link', { name: 'Gå til startsiden' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tavler' })).toBeVisible()
})
