import AxeBuilder from '@axe-core/playwright'
import { type Page, expect, test } from '@playwright/test'
import { addActor, card, createBoardViaApi, openBoard } from './helpers'

/** WCAG 2.1 A and AA, which Norwegian public bodies must meet. */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  // Readable in the failure message: rule, impact and where.
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }))
}

test('the start page has no axe violations', async ({ page, request }) => {
  await createBoardViaApi(request, 'Tilgjengelighet')
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Tilgjengelighet' }).first()).toBeVisible()
  expect(await violations(page)).toEqual([])
})

test('the board page has no axe violations, with cards, a selection and a dialog', async ({
  page,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Tilgjengelighet')
  await openBoard(page, boardId)
  expect(await violations(page)).toEqual([])

  await addActor(page, 'Helsedirektoratet')
  await addActor(page, 'Statped')
  await card(page, 'Statped').click()
  await expect(page.getByRole('heading', { level: 3, name: 'Statped' })).toBeVisible()
  expect(await violations(page)).toEqual([])

  await page.getByRole('button', { name: 'Legg til aktør' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  expect(await violations(page)).toEqual([])
})
