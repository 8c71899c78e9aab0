import { type Page, expect, test } from '@playwright/test'
import { axeViolations, boardUrl, createBoardViaApi, twoParticipants } from './helpers'

/** Opens the template board's journey on `page`. */
async function openJourney(page: Page, boardId: string) {
  await page.goto(boardUrl(boardId, '/reiser'))
  await expect(page.getByRole('status')).toContainText('Live')
  await page.getByRole('link', { name: 'Alvorlig sykt barn', exact: true }).click()
  return page.getByRole('table', { name: /Alvorlig sykt barn/ })
}

/**
 * Issue #16: a custom lane of typed items and a divider line, an opportunity in it linked to a
 * touchpoint's pain point, seen by a second participant in the journey and in the insight panel,
 * whose link opens the touchpoint.
 */
test('a custom lane holds an opportunity linked to a pain point, for everyone', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const boardId = await createBoardViaApi(request, 'Muligheter', 'alvorlig-sykt-barn')
  const [page, page2] = await twoParticipants(browser, boardId)
  const table = await openJourney(page, boardId)
  const table2 = await openJourney(page2, boardId)

  await page.getByRole('button', { name: 'Rader' }).click()
  const lanes = page.getByRole('dialog', { name: 'Rader i reisen' })
  await lanes.getByRole('combobox', { name: 'Type rad' }).selectOption({
    label: 'Smertepunkter, muligheter og ideer',
  })
  await lanes.getByRole('textbox', { name: 'Navn' }).fill('Muligheter')
  await lanes.getByRole('button', { name: 'Legg til rad' }).click()
  await lanes.getByRole('combobox', { name: 'Type rad' }).selectOption({ label: 'Skillelinje' })
  await expect(lanes.getByRole('textbox', { name: 'Navn' })).toHaveValue('Synlighetslinje')
  await lanes.getByRole('button', { name: 'Legg til rad' }).click()
  await expect(lanes.getByRole('checkbox', { name: 'Synlighetslinje' })).toBeChecked()
  expect(await axeViolations(page)).toEqual([])
  await page.keyboard.press('Escape')

  // Both see the new rows: the divider as a named line.
  for (const t of [table, table2]) {
    await expect(t.getByRole('rowheader', { name: 'Muligheter', exact: true })).toBeVisible()
    await expect(t.getByRole('rowheader', { name: 'Skillelinje: Synlighetslinje' })).toBeVisible()
  }

  // An opportunity in the first phase, addressing «Legevakt»'s pain point.
  await table
    .getByRole('button', { name: /^Legg til i «Muligheter», / })
    .first()
    .click()
  const item = page.getByRole('dialog', { name: 'Nytt element i «Muligheter»' })
  await expect(item.getByRole('combobox', { name: 'Type' })).toHaveValue('opportunity')
  await item.getByRole('textbox', { name: 'Tekst' }).fill('Én koordinator fra diagnosen')
  await item
    .getByRole('textbox', { name: 'Beskrivelse' })
    .fill('Kommunen gir familien én kontaktperson')
  await item
    .getByRole('checkbox', { name: /^Legevakt \(kontaktpunkt\): Forteller hele sykehistorien/ })
    .check()
  expect(await axeViolations(page)).toEqual([])
  await item.getByRole('button', { name: 'Lagre' }).click()
  await expect(item).toBeHidden()

  // The second participant sees the card, and the opportunity with its link in the panel.
  const card = table2.getByRole('button', { name: /^Mulighet Én koordinator fra diagnosen/ })
  await expect(card).toBeVisible()
  await expect(card).toContainText('Løser 1')
  await page2.getByRole('button', { name: /^Samordning/ }).click()
  const panel = page2.getByRole('region', { name: 'Muligheter og ideer' })
  await expect(panel.getByText('Én koordinator fra diagnosen')).toBeVisible()
  await panel.getByRole('button', { name: /^Legevakt: Forteller hele sykehistorien/ }).click()
  await expect(page2.getByRole('complementary', { name: /^Kontaktpunkt/ })).toContainText(
    'Legevakt',
  )
  expect(await axeViolations(page2)).toEqual([])

  // Editing it back: the link is kept and shown checked.
  await card.click()
  const edit = page2.getByRole('dialog', { name: 'Rediger element' })
  await expect(edit.getByRole('checkbox', { name: /^Legevakt/ })).toBeChecked()
  await edit.getByRole('button', { name: 'Avbryt' }).click()
  await page.close()
  await page2.close()
})

/** Lane management by keyboard alone: add, move, rename, hide, delete with a confirmation. */
test('lanes are managed by keyboard', async ({ page, request }) => {
  test.setTimeout(120_000)
  const boardId = await createBoardViaApi(request, 'Rader', 'alvorlig-sykt-barn')
  const table = await openJourney(page, boardId)
  await page.getByRole('button', { name: 'Rader' }).focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Rader i reisen' })
  const list = dialog.getByRole('list', { name: 'Rader' })
  const names = () =>
    list
      .getByRole('checkbox')
      .evaluateAll((els) =>
        els.map(
          (e) =>
            e.getAttribute('aria-label') ?? (e as HTMLInputElement).labels?.[0]?.textContent ?? '',
        ),
      )

  // Add: the kind list starts at «items»; Tab to the name, type, Enter.
  await dialog.getByRole('combobox', { name: 'Type rad' }).focus()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('textbox', { name: 'Navn' })).toBeFocused()
  await page.keyboard.type('Tiltak')
  await page.keyboard.press('Enter')
  await expect((await names()).at(-1)).toBe('Tiltak')

  // Move it up one: focus stays on its «up» button, and the move is announced.
  await dialog.getByRole('button', { name: 'Flytt «Tiltak» opp' }).focus()
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('button', { name: 'Flytt «Tiltak» opp' })).toBeFocused()
  await expect((await names()).at(-2)).toBe('Tiltak')
  await expect(dialog.getByText('«Tiltak» er nå rad 8 av 9.')).toBeAttached()

  // Rename: the field takes focus; Enter saves and focus returns to the rename button.
  await dialog.getByRole('button', { name: 'Gi nytt navn til «Tiltak»' }).focus()
  await page.keyboard.press('Enter')
  const field = dialog.getByRole('textbox', { name: 'Navn på raden' })
  await expect(field).toBeFocused()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('Forbedringer')
  await page.keyboard.press('Enter')
  await expect(
    dialog.getByRole('button', { name: 'Gi nytt navn til «Forbedringer»' }),
  ).toBeFocused()
  await expect(table.getByRole('rowheader', { name: 'Forbedringer' })).toBeAttached()

  // Hide with Space, show again.
  await dialog.getByRole('checkbox', { name: 'Forbedringer' }).focus()
  await page.keyboard.press('Space')
  await expect(table.getByRole('rowheader', { name: 'Forbedringer' })).toHaveCount(0)
  await page.keyboard.press('Space')
  await expect(table.getByRole('rowheader', { name: 'Forbedringer' })).toBeAttached()

  // Delete: a confirmation that says what goes, focused; Enter deletes.
  await dialog.getByRole('button', { name: 'Slett «Forbedringer»' }).focus()
  await page.keyboard.press('Enter')
  await expect(dialog.getByText(/Slette raden «Forbedringer»\? 0 elementer/)).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Slett raden' })).toBeFocused()
  expect(await axeViolations(page)).toEqual([])
  await page.keyboard.press('Enter')
  await expect(table.getByRole('rowheader', { name: 'Forbedringer' })).toHaveCount(0)
  await expect(list.getByRole('checkbox')).toHaveCount(8)

  // The journey's only row of touchpoint names cannot go: it can be hidden instead.
  await dialog.getByRole('button', { name: 'Slett «Kontaktpunkt»' }).focus()
  await page.keyboard.press('Enter')
  await expect(
    dialog.getByText('Reisen må ha én rad med kontaktpunkter.', { exact: false }),
  ).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('button', { name: 'Slett «Kontaktpunkt»' })).toBeFocused()

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Rader' })).toBeFocused()
})
