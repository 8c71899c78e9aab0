import { expect, test } from '@playwright/test'
import { addActor, card, createBoardViaApi, openBoard, twoParticipants } from './helpers'

test('every field is edited in the details panel and others see it live', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Detaljer')
  const [a, b] = await twoParticipants(browser, boardId)
  await addActor(a, 'Statped')
  await card(a, 'Statped').click()
  await card(b, 'Statped').click()

  const details = a.getByRole('tabpanel', { name: 'Detaljer' })
  await details.getByRole('combobox', { name: 'Nivå' }).selectOption({ label: 'Stat' })
  await details.getByRole('combobox', { name: 'Strategi' }).selectOption({ label: 'Samarbeid' })
  await details.getByRole('checkbox', { name: 'Formell myndighet' }).check()
  await details.getByRole('radio', { name: 'Bare berørt' }).check()
  await details.getByRole('textbox', { name: 'Tillit' }).fill('80')
  await details.getByRole('textbox', { name: 'Tillit' }).press('Enter')
  await details.getByRole('textbox', { name: 'Notater' }).fill('Eier kompetansen på tegnspråk.')
  await details.getByRole('textbox', { name: 'Kom med i arbeidet' }).click() // leaves Notater

  const other = b.getByRole('tabpanel', { name: 'Detaljer' })
  await expect(other.getByRole('combobox', { name: 'Nivå' })).toHaveValue('stat')
  await expect(other.getByRole('combobox', { name: 'Strategi' })).toHaveValue('samarbeid')
  await expect(other.getByRole('checkbox', { name: 'Formell myndighet' })).toBeChecked()
  await expect(other.getByRole('radio', { name: 'Bare berørt' })).toBeChecked()
  await expect(other.getByRole('textbox', { name: 'Tillit' })).toHaveValue('80')
  await expect(other.getByRole('textbox', { name: 'Notater' })).toHaveValue(
    'Eier kompetansen på tegnspråk.',
  )
  await expect(card(b, 'Statped')).toHaveAccessibleDescription(
    /^Nivå: Stat\. Strategi: Samarbeid\./,
  )

  // A field someone is typing in is not overwritten by a remote edit of the same actor.
  await other.getByRole('textbox', { name: 'Kom med i arbeidet' }).fill('Våren 2024')
  await details.getByRole('textbox', { name: 'Kom med i arbeidet' }).fill('Fra starten')
  await details.getByRole('textbox', { name: 'Kom med i arbeidet' }).press('Enter')
  await expect(other.getByRole('textbox', { name: 'Kom med i arbeidet' })).toHaveValue('Våren 2024')

  // Percent out of range: the message is in percent, next to the field.
  await details.getByRole('textbox', { name: 'Tillit' }).fill('150')
  await details.getByRole('textbox', { name: 'Tillit' }).press('Enter')
  await expect(details.getByText('Skriv et tall fra 0 til 100.')).toBeVisible()
})

test('invalid and duplicate organisation numbers are refused next to the field', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Organisasjonsnummer')
  const [a, b] = await twoParticipants(browser, boardId)
  await addActor(a, 'NAV')
  await addActor(a, 'Helsedirektoratet')
  const details = a.getByRole('tabpanel', { name: 'Detaljer' })
  const orgNumber = details.getByRole('textbox', { name: 'Organisasjonsnummer' })

  await card(a, 'NAV').click()
  await orgNumber.fill('974 760 673')
  await orgNumber.press('Enter')
  await expect(orgNumber).toHaveValue('974760673')

  await card(a, 'Helsedirektoratet').click()
  await orgNumber.fill('974760674')
  await orgNumber.press('Enter')
  await expect(orgNumber).toHaveAccessibleDescription(
    /Organisasjonsnummeret må ha 9 sifre og gyldig kontrollsiffer\./,
  )
  await orgNumber.fill('974760673')
  await orgNumber.press('Enter')
  await expect(orgNumber).toHaveAccessibleDescription(
    /Organisasjonsnummeret er allerede brukt av NAV\./,
  )

  // Nothing changed in the document: the other person sees no number on Helsedirektoratet.
  await card(b, 'Helsedirektoratet').click()
  await expect(
    b
      .getByRole('tabpanel', { name: 'Detaljer' })
      .getByRole('textbox', { name: 'Organisasjonsnummer' }),
  ).toHaveValue('')
})

test('duplicating copies the fields, names the copy «Kopi av …» and clears the number', async ({
  page,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Duplisering')
  await openBoard(page, boardId)
  await addActor(page, 'NAV')
  await card(page, 'NAV').click()
  const details = page.getByRole('tabpanel', { name: 'Detaljer' })
  await details.getByRole('combobox', { name: 'Nivå' }).selectOption({ label: 'Stat' })
  await details.getByRole('textbox', { name: 'Organisasjonsnummer' }).fill('974760673')
  await details.getByRole('textbox', { name: 'Organisasjonsnummer' }).press('Enter')
  await details.getByRole('button', { name: 'Dupliser' }).click()

  await expect(card(page, 'Kopi av NAV')).toBeFocused()
  await expect(page.getByRole('heading', { level: 3, name: 'Kopi av NAV' })).toBeVisible()
  await expect(details.getByRole('combobox', { name: 'Nivå' })).toHaveValue('stat')
  await expect(details.getByRole('textbox', { name: 'Organisasjonsnummer' })).toHaveValue('')
})
