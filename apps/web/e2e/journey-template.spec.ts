import { expect, test } from '@playwright/test'
import { axeViolations, card } from './helpers'

/**
 * The «Alvorlig sykt barn» template end to end: created from the start page, its journey has an
 * owner on every touchpoint, the coordination panel shows the hand-overs the model test works
 * out by hand (11), its findings select touchpoints, and the aktørkart counts NAV's touchpoints.
 */
test('the «Alvorlig sykt barn» journey shows its owners, hand-overs and findings', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('/')
  await page
    .getByRole('radio', { name: 'Alvorlig sykt barn – aktører og brukerreise', exact: true })
    .check()
  await expect(page.getByRole('textbox', { name: 'Navn på tavla' })).toHaveValue(
    'Alvorlig sykt barn',
  )
  await page.getByRole('button', { name: 'Opprett tavle' }).click()
  await expect(page.getByRole('status')).toContainText('Live')

  // The aktørkart: NAV owns the five benefit applications of the as-is journey and two
  // touchpoints of the to-be; the count is seen and heard, and the card's accessible name is
  // still just name and category.
  const nav = card(page, 'NAV', 'Viktig')
  await expect(nav.getByTitle('7 kontaktpunkter')).toHaveText('7')
  await expect(nav).toHaveAccessibleDescription(/7 kontaktpunkter/)

  await page.getByRole('link', { name: 'Brukerreiser' }).click()
  await page.getByRole('link', { name: 'Alvorlig sykt barn', exact: true }).click()

  // Every touchpoint (a cell of the «Ansvarlig» row) names at least one responsible actor.
  const table = page.getByRole('table', { name: /Alvorlig sykt barn/ })
  const owners = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Ansvarlig', exact: true }) })
    .getByRole('cell')
  await expect(owners).toHaveCount(18)
  for (const cell of await owners.all())
    expect(await cell.getByRole('button').count()).toBeGreaterThan(0)
  await expect(page.getByText('Ingen ansvarlig')).toHaveCount(0)

  // The coordination panel: the «kasteball» count asserted in alvorligSyktBarn.test.ts, on
  // its toggle while it is closed, and in the panel.
  const toggle = page.getByRole('button', { name: /^Samordning/ })
  await expect(toggle).toHaveAccessibleName('Samordning 11 overleveringer')
  await toggle.click()
  const panel = page.getByRole('region', { name: 'Samordning' })
  await expect(panel.getByText('Overleveringer: 11')).toBeVisible()
  await expect(panel.getByText('Virksomheter familien møter: 9')).toBeVisible()

  // A finding selects its touchpoints in the journey.
  const repeated = panel.getByRole('region', { name: /Merket: samme opplysninger igjen/ })
  await repeated.getByRole('button', { name: 'Marker alle (5)' }).click()
  await expect(table.getByRole('button', { pressed: true })).toHaveCount(5)
  await expect(table.getByRole('button', { name: /^Legevakt/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(table.getByRole('button', { name: /^Søke pleiepenger/ })).toHaveAttribute(
    'aria-pressed',
    'false',
  )

  expect(await axeViolations(page)).toEqual([])
})
