import { type Page, expect, test } from '@playwright/test'
import { axeViolations, createBoardViaApi, openBoard } from './helpers'

/** Opens the «Alvorlig sykt barn» template's journey on a new board. */
async function templateJourney(page: Page, request: Parameters<typeof createBoardViaApi>[0]) {
  const id = await createBoardViaApi(request, 'Personas', 'alvorlig-sykt-barn')
  await openBoard(page, id)
  await page.getByRole('link', { name: 'Brukerreiser' }).click()
  await page.getByRole('link', { name: 'Alvorlig sykt barn', exact: true }).click()
  await expect(page.getByRole('table', { name: /Alvorlig sykt barn/ })).toBeVisible()
  return id
}

/**
 * The board's personas are managed by keyboard alone: open «Personas», add one with a picture,
 * edit it, delete it (after a confirm in its row), close; focus always lands where the user
 * continues.
 */
test('personas are added, edited and deleted by keyboard', async ({ page, request }) => {
  test.setTimeout(120_000)
  await templateJourney(page, request)
  const open = page.getByRole('button', { name: 'Personas', exact: true })
  await open.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Personas på tavla' })
  await expect(dialog).toBeVisible()
  // The template's personas, each used by its one journey.
  await expect(dialog.getByText('Foreldrene')).toBeVisible()
  await expect(dialog.getByText('Barnet', { exact: true })).toBeVisible()
  // The template's as-is journey and its to-be both are for the parents and the child.
  await expect(dialog.getByText('Brukt i 2 reiser')).toHaveCount(2)
  expect(await axeViolations(page, 'dialog')).toEqual([])

  await dialog.getByRole('button', { name: 'Ny persona' }).focus()
  await page.keyboard.press('Enter')
  const form = page.getByRole('dialog', { name: 'Ny persona' })
  const name = form.getByRole('textbox', { name: 'Navn' })
  await expect(name).toBeFocused()
  await page.keyboard.type('Besteforeldre')
  await page.keyboard.press('Tab')
  await expect(form.getByRole('textbox', { name: 'Beskrivelse' })).toBeFocused()
  await page.keyboard.type('Henter i barnehagen når foreldrene er på sykehuset.')
  // The picture is a radio group: arrows move the choice.
  await form.getByRole('radio', { name: 'Uten bilde' }).focus()
  await page.keyboard.press('ArrowDown')
  await expect(form.getByRole('radio', { name: 'Forelder' })).toBeChecked()
  await form.getByRole('radio', { name: 'Eldre' }).focus()
  await page.keyboard.press('Space')
  await expect(form.getByRole('radio', { name: 'Eldre' })).toBeChecked()
  expect(await axeViolations(page, 'dialog')).toEqual([])
  await form.getByRole('button', { name: 'Lagre' }).focus()
  await page.keyboard.press('Enter')

  const edit = dialog.getByRole('button', { name: 'Rediger Besteforeldre' })
  await expect(edit).toBeFocused()
  await expect(dialog.getByText('Ikke brukt i noen reise')).toBeVisible()
  await page.keyboard.press('Enter')
  const editForm = page.getByRole('dialog', { name: 'Rediger persona' })
  await expect(editForm.getByRole('radio', { name: 'Eldre' })).toBeChecked()
  await expect(editForm.getByRole('textbox', { name: 'Navn' })).toBeFocused()
  await page.keyboard.press('End')
  await page.keyboard.type('ne')
  await page.keyboard.press('Enter')
  const renamed = dialog.getByRole('button', { name: 'Rediger Besteforeldrene' })
  await expect(renamed).toBeFocused()

  // An empty name is refused by the field, and the form stays.
  await page.keyboard.press('Enter')
  await editForm.getByRole('textbox', { name: 'Navn' }).fill('')
  await page.keyboard.press('Enter')
  await expect(editForm.getByRole('textbox', { name: 'Navn' })).toHaveAccessibleDescription(/./)
  await editForm.getByRole('button', { name: 'Avbryt' }).focus()
  await page.keyboard.press('Enter')
  await expect(renamed).toBeFocused()

  await dialog.getByRole('button', { name: 'Slett Besteforeldrene' }).focus()
  await page.keyboard.press('Enter')
  await expect(dialog.getByText('Slette «Besteforeldrene»?', { exact: false })).toBeVisible()
  const confirm = dialog.getByRole('button', { name: 'Slett', exact: true })
  await expect(confirm).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog.getByText('Besteforeldrene')).toHaveCount(0)
  await expect(dialog.getByRole('button', { name: 'Ny persona' })).toBeFocused()

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(open).toBeFocused()
})

/**
 * Showing the journey for one persona fades (and names) the touchpoints not for it; marking
 * what a touchpoint asks for, from the vocabulary or a new word, changes the repeated-requests
 * figure of the coordination panel at once.
 */
test('filter by persona, and mark the information a touchpoint asks for', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  await templateJourney(page, request)
  const table = page.getByRole('table', { name: /Alvorlig sykt barn/ })

  const filter = page.getByRole('combobox', { name: 'Vis for' })
  await filter.selectOption({ label: 'Barnet' })
  // The parents' applications are not for the child: still there, said to be not for it.
  await expect(table.getByRole('button', { name: /^Søke pleiepenger/ })).toHaveAccessibleName(
    /Gjelder ikke Barnet/,
  )
  await expect(
    table.getByRole('button', { name: /^Tilrettelegging i barnehage og skole/ }),
  ).not.toHaveAccessibleName(/Gjelder ikke/)
  // A touchpoint without personas is for everyone.
  await expect(
    table.getByRole('button', { name: /^Helsestasjon eller fastlege/ }),
  ).not.toHaveAccessibleName(/Gjelder ikke/)
  await expect(
    page.getByText(/Viser reisen for Barnet: 8 kontaktpunkter gjelder ikke/),
  ).toBeAttached()
  await filter.selectOption({ label: 'Alle personas' })
  await expect(table.getByRole('button', { name: /Gjelder ikke/ })).toHaveCount(0)

  await page.getByRole('button', { name: /^Samordning/ }).click()
  const coordination = page.getByRole('region', { name: 'Samordning' })
  const figure = coordination.getByTestId('coordination-requests')
  await expect(figure).toHaveText('Gjentatte forespørsler: 16')
  await expect(
    coordination.getByRole('button', { name: 'Diagnose: 8 ganger, av 4 virksomheter (7 på nytt)' }),
  ).toBeVisible()

  // Velferdsteknologi (kommunen) asks for the diagnosis too: one more request.
  await table.getByRole('button', { name: /^Velferdsteknologi i hjemmet/ }).click()
  const panel = page.getByRole('complementary', { name: /^Kontaktpunkt/ })
  const asks = panel.getByRole('group', { name: 'Ber om opplysninger' })
  await asks.getByRole('checkbox', { name: 'Diagnose' }).check()
  await expect(figure).toHaveText('Gjentatte forespørsler: 17')
  // A new word for the vocabulary, asked for here (kommunen) and by the peer support (Løvemamma).
  const word = asks.getByRole('textbox', { name: 'Ny opplysning' })
  await word.fill('Vedtak')
  await word.press('Enter')
  await expect(asks.getByRole('checkbox', { name: 'Vedtak' })).toBeChecked()
  await expect(figure).toHaveText('Gjentatte forespørsler: 17')
  expect(await axeViolations(page)).toEqual([])
  await panel.getByRole('button', { name: 'Lukk detaljene' }).click()

  await table.getByRole('button', { name: /^Likepersonsstøtte/ }).click()
  const panel2 = page.getByRole('complementary', { name: 'Kontaktpunkt: Likepersonsstøtte' })
  const asks2 = panel2.getByRole('group', { name: 'Ber om opplysninger' })
  await asks2.getByRole('checkbox', { name: 'Vedtak' }).check()
  await expect(figure).toHaveText('Gjentatte forespørsler: 18')
  // Renamed inline, the figure's line follows.
  await asks2.getByRole('button', { name: 'Rediger Vedtak' }).click()
  const rename = asks2.getByRole('textbox', { name: 'Nytt navn på Vedtak' })
  await rename.fill('Vedtak om BPA')
  await rename.press('Enter')
  const line = coordination.getByRole('button', {
    name: 'Vedtak om BPA: 2 ganger, av 2 virksomheter (1 på nytt)',
  })
  await expect(line).toBeVisible()
  // The line selects the touchpoints that ask for it.
  await line.click()
  await expect(table.getByRole('button', { pressed: true })).toHaveCount(2)
})
