import { type Page, expect, test } from '@playwright/test'
import {
  addActor,
  card,
  createBoardViaApi,
  openBoard,
  axeViolations,
  twoParticipants,
} from './helpers'

const filterBar = (page: Page) => page.getByRole('search', { name: 'Søk og filter' })
const actorsTab = (page: Page) => page.getByRole('tabpanel', { name: /^Aktører/ })
/** The actor list's rows, by the button that opens each actor. */
const listed = (page: Page) => actorsTab(page).getByRole('listitem')
/** A select of the «Filter» popover on the canvas's toolbar, opening the popover if needed. */
async function filterSelect(page: Page, name: string) {
  const select = filterBar(page).getByRole('combobox', { name })
  if (!(await select.isVisible()))
    await filterBar(page)
      .getByRole('button', { name: /^Filter/ })
      .click()
  return select
}

test('search and filters leave non-matching actors out of the list and dim their cards', async ({
  page,
  request,
}) => {
  // Many steps and an axe run: slower than most on a shared machine.
  test.setTimeout(120_000)
  const boardId = await createBoardViaApi(request, 'Filter')
  await openBoard(page, boardId)
  for (const name of ['Helsedirektoratet', 'Statped', 'Bærum kommune']) await addActor(page, name)

  // Bærum is a municipality with an assessed strategy; the others are left as added.
  await card(page, 'Bærum kommune').click()
  const details = page.getByRole('tabpanel', { name: 'Detaljer' })
  await details.getByRole('combobox', { name: 'Nivå' }).selectOption({ label: 'Kommune' })
  await details.getByRole('combobox', { name: 'Strategi' }).selectOption({ label: 'Samarbeid' })

  await page.getByRole('tab', { name: /^Aktører/ }).click()
  await expect(listed(page)).toHaveCount(3)

  // Search: only Statped is listed; the other cards stay on the canvas, dimmed and described so.
  await filterBar(page).getByRole('searchbox', { name: 'Søk etter aktør' }).fill('STAT')
  await expect(listed(page)).toHaveCount(1)
  await expect(actorsTab(page).getByRole('button', { name: /^Statped/ })).toBeVisible()
  await expect(actorsTab(page).getByRole('status')).toHaveText('1 av 3 aktører')
  await expect(page.getByRole('tab', { name: /^Aktører/ })).toContainText('1 av 3')
  await expect(card(page, 'Helsedirektoratet')).toHaveAccessibleDescription(/^Skjult av filteret\./)
  await expect(card(page, 'Statped')).not.toHaveAccessibleDescription(/Skjult av filteret/)
  // Dimmed, not gone: still reachable by keyboard.
  await card(page, 'Helsedirektoratet').focus()
  await expect(card(page, 'Helsedirektoratet')).toBeFocused()

  expect(await axeViolations(page)).toEqual([])

  // Level and strategy narrow together with the search; nothing matching says so.
  await filterBar(page).getByRole('button', { name: 'Tøm søket' }).click()
  await expect(listed(page)).toHaveCount(3)
  // Each choice says how many actors it would leave.
  await (await filterSelect(page, 'Nivå')).selectOption({ label: 'Kommune (1)' })
  await expect(listed(page)).toHaveCount(1)
  await expect(actorsTab(page).getByRole('button', { name: /^Bærum kommune/ })).toBeVisible()
  await (await filterSelect(page, 'Strategi')).selectOption({ label: 'Ikke vurdert (2)' })
  await expect(listed(page)).toHaveCount(0)
  await expect(actorsTab(page).getByRole('status')).toHaveText(
    'Ingen aktører passer med søket og filtrene.',
  )
  await expect(card(page, 'Bærum kommune')).toHaveAccessibleDescription(/^Skjult av filteret\./)

  // Category: all three were added in «Moderat».
  await filterBar(page).getByRole('button', { name: 'Nullstill filter' }).click()
  await (await filterSelect(page, 'Kategori')).selectOption({ label: 'Moderat (3)' })
  await expect(listed(page)).toHaveCount(3)
  await (await filterSelect(page, 'Kategori')).selectOption({ label: 'Viktig (0)' })
  await expect(listed(page)).toHaveCount(0)

  // «Nullstill filter» brings everything back, and the button goes with the filter.
  await filterBar(page).getByRole('button', { name: 'Nullstill filter' }).click()
  await expect(listed(page)).toHaveCount(3)
  await expect(filterBar(page).getByRole('button', { name: 'Nullstill filter' })).toHaveCount(0)
  await expect(card(page, 'Helsedirektoratet')).not.toHaveAccessibleDescription(
    /Skjult av filteret/,
  )
})

test('the filter is per person: another participant sees every card as before', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Filter for én')
  const [a, b] = await twoParticipants(browser, boardId)
  await addActor(a, 'NAV')
  await addActor(a, 'KS')
  await filterBar(a).getByRole('searchbox', { name: 'Søk etter aktør' }).fill('NAV')
  await expect(card(a, 'KS')).toHaveAccessibleDescription(/^Skjult av filteret\./)
  await expect(card(b, 'KS')).toBeVisible()
  await expect(card(b, 'KS')).not.toHaveAccessibleDescription(/Skjult av filteret/)
})
