import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { axeViolations, card, createBoardViaApi, openBoard } from './helpers'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const SAMPLE = join(ROOT, 'apps/server/test-data/enhetsregisteret-sample.csv')
/** The running test server's data folder (as playwright.config.ts makes it). */
const DATA_DIR = join(tmpdir(), `samkart-e2e-data-${process.env.SAMKART_E2E_PORT ?? 4317}`)

test.beforeAll(() => {
  // As an operator would, beside the running server: suggestions work without a restart.
  execFileSync('pnpm', ['samkart', 'registry', 'import', SAMPLE, '--data-dir', DATA_DIR], {
    cwd: ROOT,
    stdio: 'pipe',
  })
})

test('adding an actor suggests agencies from Enhetsregisteret by name and by number, by keyboard', async ({
  page,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Registeret')
  await openBoard(page, boardId)

  await page.getByRole('button', { name: 'Legg til aktør' }).click()
  const dialog = page.getByRole('dialog')
  const name = dialog.getByRole('combobox', { name: 'Navn' })
  await name.pressSequentially('velferd')
  const suggestions = dialog.getByRole('listbox', { name: 'Forslag fra Enhetsregisteret' })
  await expect(suggestions.getByRole('option')).toHaveText([
    /Arbeids- og velferdsetaten\s*Org\.nr\. 889640782 · Stat · Etat/,
  ])
  expect(await axeViolations(page, 'dialog[open]')).toEqual([])
  await name.press('ArrowDown')
  await expect(suggestions.getByRole('option').first()).toHaveAttribute('aria-selected', 'true')
  await name.press('Enter')
  // Enter took the suggestion; it did not submit the form.
  await expect(name).toHaveValue('Arbeids- og velferdsetaten')
  await expect(
    dialog.getByText('Fra Enhetsregisteret: org.nr. 889640782, Stat, Etat.'),
  ).toBeVisible()
  // The short name people use keeps the register's number.
  await name.fill('NAV')
  await name.press('Enter')
  await expect(dialog).toBeHidden()

  await card(page, 'NAV').click()
  const details = page.getByRole('tabpanel', { name: 'Detaljer' })
  await expect(details.getByRole('textbox', { name: 'Organisasjonsnummer' })).toHaveValue(
    '889640782',
  )
  await expect(details.getByRole('combobox', { name: 'Nivå' })).toHaveValue('stat')
  await expect(details.getByRole('combobox', { name: 'Type' })).toHaveValue('etat')

  // By the first digits of the number, chosen with the mouse.
  await page.getByRole('button', { name: 'Legg til aktør' }).click()
  await name.pressSequentially('9649')
  await dialog.getByRole('option', { name: /Flekkefjord kommune/ }).click()
  await dialog.getByRole('button', { name: 'Legg til', exact: true }).click()
  await expect(dialog).toBeHidden()
  await card(page, 'Flekkefjord kommune').click()
  await expect(details.getByRole('combobox', { name: 'Nivå' })).toHaveValue('kommune')

  // The same agency twice is refused, naming the card that has the number.
  await page.getByRole('button', { name: 'Legg til aktør' }).click()
  await name.pressSequentially('arbeids- og')
  await expect(dialog.getByRole('option', { name: /Arbeids- og velferdsetaten/ })).toBeVisible()
  await name.press('ArrowDown')
  await expect(dialog.getByRole('option', { name: /Arbeids- og velferdsetaten/ })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await name.press('Enter')
  await name.press('Enter')
  await expect(name).toHaveAccessibleDescription(/Organisasjonsnummeret er allerede brukt av NAV\./)
  // Unlinked, it is just a name.
  await dialog.getByRole('button', { name: 'Ikke bruk registeropplysningene' }).click()
  await expect(name).toBeFocused()
  await name.fill('NAV lokalt')
  await name.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(card(page, 'NAV lokalt')).toBeVisible()
})
