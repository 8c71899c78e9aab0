import { type APIRequestContext, type Page, expect } from '@playwright/test'

/** Creates a board through the API (faster than the form) and returns its id. */
export async function createBoardViaApi(
  request: APIRequestContext,
  title: string,
): Promise<string> {
  const response = await request.post('/api/boards', { data: { title } })
  expect(response.status()).toBe(201)
  const body = (await response.json()) as { id: string }
  return body.id
}

/** Opens a board and waits until it is live (connected and synced). */
export async function openBoard(page: Page, boardId: string): Promise<void> {
  await page.goto(`/b/${boardId}`)
  await expect(page.getByRole('status')).toContainText('Live')
}

/** Adds an actor through the «Legg til aktør» dialog. */
export async function addActor(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Legg til aktør' }).click()
  // In the dialog: the details panel beside it has a «Navn» field of its own.
  await page.getByRole('dialog').getByRole('textbox', { name: 'Navn' }).fill(name)
  await page.getByRole('button', { name: 'Legg til', exact: true }).click()
  await expect(page.getByRole('dialog')).toBeHidden()
}

/** An actor card, found by its accessible name: the actor's name and category. */
export function card(page: Page, name: string, category?: string) {
  return category
    ? page.getByRole('group', { name: `${name} ${category}`, exact: true })
    : page.getByRole('group', {
        name: new RegExp(`^${name} (Viktig|Moderat|Lav|Important|Moderate|Low)$`),
      })
}
