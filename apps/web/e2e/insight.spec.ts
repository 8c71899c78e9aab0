import { expect, test } from '@playwright/test'
import {
  addActor,
  card,
  createBoardViaApi,
  openBoard,
  axeViolations,
  twoParticipants,
} from './helpers'

test('a ticked danger signal and its note reach everyone', async ({ browser, request }) => {
  const boardId = await createBoardViaApi(request, 'Faresignaler')
  const [a, b] = await twoParticipants(browser, boardId)
  await a.getByRole('tab', { name: 'Innsikt' }).click()
  await b.getByRole('tab', { name: 'Innsikt' }).click()

  await a.getByRole('checkbox', { name: 'Mangel på tillit' }).check()
  const note = a.getByRole('textbox', { name: 'Notat om Mangel på tillit' })
  await note.fill('Kommunene stoler ikke på tallene fra direktoratet.')
  await note.blur()

  await expect(b.getByRole('checkbox', { name: 'Mangel på tillit' })).toBeChecked()
  await expect(b.getByRole('textbox', { name: 'Notat om Mangel på tillit' })).toHaveValue(
    'Kommunene stoler ikke på tallene fra direktoratet.',
  )
})

test('insights count categories, and «kan blokkere» selects the actor', async ({
  page,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Innsikt')
  await openBoard(page, boardId)
  await addActor(page, 'Bufdir')
  await addActor(page, 'Visma')
  await card(page, 'Visma').click()
  const details = page.getByRole('tabpanel', { name: 'Detaljer' })
  await details.getByRole('textbox', { name: 'Viktighet' }).fill('90')
  await details.getByRole('textbox', { name: 'Viktighet' }).press('Enter')
  await details.getByRole('textbox', { name: 'Erstatningsmulighet' }).fill('10')
  await details.getByRole('textbox', { name: 'Erstatningsmulighet' }).press('Enter')
  await details.getByRole('combobox', { name: 'Strategi' }).selectOption({ label: 'Unngå' })
  await expect(card(page, 'Visma', 'Viktig')).toBeVisible()
  await card(page, 'Bufdir').click()
  expect(await axeViolations(page)).toEqual([])

  await page.getByRole('tab', { name: 'Innsikt' }).click()
  await expect(page.getByRole('img', { name: 'Viktig: 1, Moderat: 1, Lav: 0' })).toBeVisible()
  const blocking = page.getByRole('region', { name: /Kan blokkere arbeidet/ })
  await blocking.getByRole('button', { name: 'Visma' }).click()
  expect(await axeViolations(page)).toEqual([])

  await page.getByRole('tab', { name: 'Detaljer' }).click()
  await expect(page.getByRole('heading', { level: 3, name: 'Visma' })).toBeVisible()
})
