import { expect, test } from '@playwright/test'
import { card, createBoardViaApi, twoParticipants } from './helpers'

test('an actor can be added, scored and described with the keyboard only, and others see it', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Tastatur')
  const [a, b] = await twoParticipants(browser, boardId)

  // Tab through the page until «Legg til aktør» has focus.
  const add = a.getByRole('button', { name: 'Legg til aktør' })
  for (let i = 0; i < 20 && !(await add.evaluate((el) => el === document.activeElement)); i++)
    await a.keyboard.press('Tab')
  await expect(add).toBeFocused()
  await a.keyboard.press('Enter')
  await a.keyboard.type('KS')
  await a.keyboard.press('Enter')

  // Focus lands on the new card; Shift+arrows move it right into «Viktig».
  await expect(card(a, 'KS')).toBeFocused()
  for (let i = 0; i < 5; i++) {
    if (await card(a, 'KS', 'Viktig').count()) break
    await a.keyboard.press('Shift+ArrowRight')
  }
  await expect(card(a, 'KS', 'Viktig')).toBeFocused()
  await expect(card(b, 'KS', 'Viktig')).toBeVisible()

  // D opens the details; Tab reaches «Kortnavn»; Enter writes it.
  await a.keyboard.press('d')
  await expect(a.getByRole('heading', { level: 3, name: 'KS' })).toBeFocused()
  const shortName = a.getByRole('textbox', { name: 'Kortnavn' })
  for (let i = 0; i < 5 && !(await shortName.evaluate((el) => el === document.activeElement)); i++)
    await a.keyboard.press('Tab')
  await expect(shortName).toBeFocused()
  await a.keyboard.type('Kommunenes org.')
  await a.keyboard.press('Enter')

  // The card shows the short name, for everyone; level and strategy are in its description.
  await expect(card(b, 'Kommunenes org.', 'Viktig')).toBeVisible()
  await expect(card(b, 'Kommunenes org.', 'Viktig')).toHaveAccessibleDescription(
    /^Nivå: Annet nivå\. Strategi: Ikke vurdert\./,
  )
})
