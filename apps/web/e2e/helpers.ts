import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, type Browser, type Page, expect } from '@playwright/test'

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

/**
 * Two participants, each in a browser context of their own (separate storage, as two people on
 * two machines), both on the board and live.
 */
export async function twoParticipants(browser: Browser, boardId: string): Promise<[Page, Page]> {
  const a = await (await browser.newContext()).newPage()
  const b = await (await browser.newContext()).newPage()
  await Promise.all([openBoard(a, boardId), openBoard(b, boardId)])
  return [a, b]
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

/**
 * WCAG 2.1 A and AA violations (what Norwegian public bodies must meet) on the page, or within
 * `include` (an axe selector), in a form that reads well in a failure message.
 */
export async function axeViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  if (include) builder = builder.include(include)
  const result = await builder.analyze()
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }))
}
