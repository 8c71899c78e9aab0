import { type Locator, expect, test } from '@playwright/test'
import { card } from './helpers'

/** Centre of a card on screen. */
async function centre(locator: Locator) {
  const box = await locator.boundingBox()
  if (!box) throw new Error('card not visible')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

test('a Digibarnevern board places the actors of Tabell 15 in their cells', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('radio', { name: /Digibarnevern/ }).check()
  // Choosing a template fills in its title.
  await expect(page.getByRole('textbox', { name: 'Navn på tavla' })).toHaveValue(
    'Digibarnevern – aktørkart',
  )
  await page.getByRole('button', { name: 'Opprett tavle' }).click()
  await expect(page.getByRole('status')).toContainText('Live')
  await expect(page.getByText(/Malen «Digibarnevern/)).toBeVisible()

  // Høy viktighet, lav erstatningsmulighet: the most important group.
  for (const name of ['Leverandører', 'KS', 'Diginettverkene', 'Barnevernsledere'])
    await expect(card(page, name, 'Viktig')).toBeVisible()
  // Høy viktighet, høy erstatningsmulighet, and the ministry low on both.
  for (const name of ['Statsforvalteren', 'Øvrige kommuner', 'Digibarnevern-kommunene', 'BFD'])
    await expect(card(page, name, 'Moderat')).toBeVisible()

  // The two Moderat groups sit in opposite cells: high/high top left, low/low bottom right.
  const statsforvalter = await centre(card(page, 'Statsforvalteren', 'Moderat'))
  const bfd = await centre(card(page, 'BFD', 'Moderat'))
  const ks = await centre(card(page, 'KS', 'Viktig'))
  expect(bfd.y).toBeGreaterThan(statsforvalter.y)
  expect(bfd.x).toBeGreaterThan(statsforvalter.x)
  expect(ks.x).toBeGreaterThan(statsforvalter.x)
  expect(ks.y).toBeLessThan(bfd.y)
})

test('an empty board has no template notice and no actors', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('textbox', { name: 'Navn på tavla' }).fill('Tom tavle for test')
  await expect(page.getByRole('radio', { name: /Tom tavle/ })).toBeChecked()
  await page.getByRole('button', { name: 'Opprett tavle' }).click()
  await expect(page.getByRole('status')).toContainText('Live')
  await expect(page.getByText(/starter fra malen/)).toHaveCount(0)
  await expect(page.getByRole('group', { name: /(Viktig|Moderat|Lav)$/ })).toHaveCount(0)
})
