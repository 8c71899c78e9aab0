import { expect, test } from '@playwright/test'
import { addActor, boardUrl, card, createBoardViaApi, openBoard } from './helpers'

test('switches the interface to English and back, and remembers the choice', async ({
  page,
  request,
}) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb')
  await page.getByRole('button', { name: 'Språk: Norsk bokmål' }).click()
  await page.getByRole('menuitemradio', { name: 'English' }).click()
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

  await page.getByRole('button', { name: 'Language: English' }).click()
  await page.getByRole('menuitemradio', { name: 'Norsk bokmål' }).click()
  await expect(page.getByRole('button', { name: 'Legg til aktør' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb')
  await openBoard(page, boardId)
  await addActor(page, 'KS')
  await expect(card(page, 'KS', 'Moderat')).toBeVisible()
})

test.describe('a browser set to nynorsk', () => {
  test.use({ locale: 'nn-NO' })

  test('gets nynorsk without asking, and switches language by keyboard alone', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn')
    await expect(page.getByRole('heading', { level: 1, name: 'Tavler' })).toBeVisible()
    await expect(page.getByRole('textbox', { name: 'Namn på tavla' })).toBeVisible()

    const menuButton = page.getByRole('button', { name: 'Språk: Norsk nynorsk' })
    await menuButton.focus()
    await page.keyboard.press('Enter')
    // The chosen language is checked and has focus, as in a radio group.
    const nynorsk = page.getByRole('menuitemradio', { name: 'Norsk nynorsk' })
    await expect(nynorsk).toHaveAttribute('aria-checked', 'true')
    await expect(nynorsk).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await expect(page.getByRole('menuitemradio', { name: 'Norsk bokmål' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb')
    await expect(page.getByRole('textbox', { name: 'Navn på tavla' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Språk: Norsk bokmål' })).toBeFocused()

    // The choice is remembered over the browser's own language.
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb')
  })
})
