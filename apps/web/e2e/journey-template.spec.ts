import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { card } from './helpers'

/**
 * The «Alvorlig sykt barn» template end to end: created from the start page, its journey has an
 * owner on every touchpoint, the coordination panel shows the hand-overs the model test works
 * out by hand (11), its findings select touchpoints, and the aktørkart counts NAV's touchpoints.
 */
test('the «Alvorlig sykt barn» journey shows its owners, hand-overs and findings', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await page.goto('/')
  await page
    .getByRole('radio', { name: 'Alvorlig sykt barn – aktører og brukerreise', exact: true })
    .check()
  await expect(page.getByRole('textbox', { name: 'Navn på tavla' })).toHaveValue(
    'Alvorlig sykt barn',
  )
  await page.getByRole('button', { name: 'Opprett tavle' }).click()
  await expect(page.getByRole('status')).toContainText('Live')

  // The aktørkart: NAV owns the five benefit applications; the count is seen and heard, and the
  // card's accessible name is still just name and category.
  const nav = card(page, 'NAV', 'Viktig')
  await expect(nav.getByText('5 kontaktpunkter', { exact: true })).toBeVisible()
  await expect(nav).toHaveAccessibleDescription(/5 kontaktpunkter/)

  await page.getByRole('link', { name: 'Brukerreiser' }).click()
  await page.getByRole('link', { name: 'Alvorlig sykt barn', exact: true }).click()

  // Every touchpoint names at least one responsible actor.
  const titles = page.locator('button.journey-touchpoint__title')
  await expect(titles).toHaveCount(18)
  const owners = page.locator('tr.journey-lane--responsible td')
  await expect(owners).toHaveCount(18)
  for (const cell of await owners.all())
    expect(await cell.locator('button.journey-chip').count()).toBeGreaterThan(0)
  await expect(page.getByText('Ingen ansvarlig')).toHaveCount(0)

  // The coordination panel: the «kasteball» count asserted in alvorligSyktBarn.test.ts.
  const panel = page.getByRole('region', { name: 'Samordning' })
  await expect(panel.getByText('Overleveringer: 11')).toBeVisible()
  await expect(panel.getByText('Virksomheter familien møter: 9')).toBeVisible()

  // A finding selects its touchpoints in the journey.
  const repeated = panel.getByRole('region', { name: /Spør om de samme opplysningene igjen/ })
  await repeated.getByRole('button', { name: 'Marker alle (5)' }).click()
  await expect(page.locator('button.journey-touchpoint__title[aria-pressed="true"]')).toHaveCount(5)
  await expect(titles.filter({ hasText: 'Legevakt' })).toHaveAttribute('aria-pressed', 'true')
  await expect(titles.filter({ hasText: 'Søke pleiepenger' })).toHaveAttribute(
    'aria-pressed',
    'false',
  )

  const axe = await new AxeBuilder({ page })
    .include('.samkart-coordination')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(
    axe.violations.map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target) })),
  ).toEqual([])
})
