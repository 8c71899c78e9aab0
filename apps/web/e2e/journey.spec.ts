import { type Page, expect, test } from '@playwright/test'
import {
  addActor,
  axeViolations,
  boardUrl,
  createBoardViaApi,
  openBoard,
  withToken,
} from './helpers'

/** Renames a phase through its menu («Fasevalg for «…»» → «Gi nytt navn»). */
async function renamePhase(page: Page, from: string, to: string) {
  await page.getByRole('button', { name: `Fasevalg for «${from}»` }).click()
  await page.getByRole('menuitem', { name: 'Gi nytt navn' }).click()
  const field = page.getByRole('dialog').getByRole('textbox')
  await field.fill(to)
  await field.press('Enter')
  await expect(page.getByRole('columnheader', { name: new RegExp(`^${to}`) })).toBeVisible()
}

/**
 * Adds a touchpoint to a phase (the empty phase's own button, else the phase's menu), names it
 * in the side panel and picks its responsible actors; an actor in `create` is made inline from
 * the picker.
 */
async function addTouchpoint(
  page: Page,
  phase: string,
  title: string,
  owners: { pick?: string[]; create?: string },
) {
  const first = page.getByRole('button', { name: `Legg til kontaktpunkt i «${phase}»` })
  if (await first.count()) await first.click()
  else {
    await page.getByRole('button', { name: `Fasevalg for «${phase}»` }).click()
    await page.getByRole('menuitem', { name: 'Legg til kontaktpunkt' }).click()
  }
  const panel = page.getByRole('complementary', { name: /^Kontaktpunkt/ })
  const name = panel.getByRole('textbox', { name: 'Tittel' })
  await expect(name).toBeFocused()
  await name.fill(title)
  await name.press('Enter')
  await expect(panel.getByRole('heading', { name: `Kontaktpunkt: ${title}` })).toBeVisible()
  const search = panel.getByRole('searchbox', { name: 'Søk etter aktør' })
  for (const actor of owners.pick ?? []) {
    await search.fill(actor)
    await panel.getByRole('checkbox', { name: actor, exact: true }).check()
  }
  if (owners.create) {
    await search.fill(owners.create)
    await panel.getByRole('button', { name: `Opprett aktør «${owners.create}»` }).click()
    await expect(panel.getByRole('checkbox', { name: owners.create, exact: true })).toBeChecked()
  }
  await panel.getByRole('button', { name: 'Lukk detaljene' }).click()
}

/** The column headers (phases or touchpoints) among `names`, left to right. */
async function phaseOrder(page: Page, phases: string[]) {
  const headers = await page.getByRole('columnheader').allInnerTexts()
  return headers
    .map((text) => phases.find((phase) => text.startsWith(phase)))
    .filter((phase) => phase !== undefined)
}

test('a workshop builds a journey whose touchpoints are owned by agencies', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(240_000)
  const boardId = await createBoardViaApi(request, 'Reiser')
  await openBoard(page, boardId)
  await addActor(page, 'NAV')
  await addActor(page, 'Kommunen')

  // The board's views are links with an address and aria-current.
  await page
    .getByRole('navigation', { name: 'Visninger av tavla' })
    .getByRole('link', { name: 'Brukerreiser' })
    .click()
  await expect(page).toHaveURL(new RegExp(`/b/${boardId}/reiser$`))
  await expect(page.getByRole('link', { name: 'Brukerreiser' })).toHaveAttribute(
    'aria-current',
    'page',
  )

  await page.getByRole('button', { name: 'Ny brukerreise' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Tittel' }).fill('Alvorlig sykt barn')
  await dialog
    .getByRole('textbox', { name: 'Beskrivelse eller persona' })
    .fill('Familien til Emma (4)')
  await dialog.getByRole('textbox', { name: 'Varianter' }).fill('liten kommune, barn 0–6 år')
  await dialog.getByRole('button', { name: 'Opprett reisen' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Alvorlig sykt barn' })).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/b/${boardId}/reiser/[^/]+$`))

  // A new journey starts with three phases to rename: before, during and after the service.
  await expect
    .poll(() => phaseOrder(page, ['Før', 'Under', 'Etter']))
    .toEqual(['Før', 'Under', 'Etter'])
  const phases = ['Kontakt og utredning', 'Sykehus og diagnose', 'Hjem og ny hverdag']
  await renamePhase(page, 'Før', phases[0]!)
  await renamePhase(page, 'Under', phases[1]!)
  await renamePhase(page, 'Etter', phases[2]!)

  await addTouchpoint(page, phases[0]!, 'Helsestasjon', { pick: ['Kommunen'] })
  await addTouchpoint(page, phases[0]!, 'Henvisning', { create: 'Helseforetak' })
  await addTouchpoint(page, phases[1]!, 'Pleiepenger', { pick: ['NAV'] })
  await addTouchpoint(page, phases[1]!, 'Opplæringspenger', { pick: ['NAV', 'Kommunen'] })
  await addTouchpoint(page, phases[2]!, 'Individuell plan', { pick: ['Kommunen'] })

  // Focusing an owner's chip highlights what it owns, here and across journeys.
  await page.getByRole('button', { name: 'NAV', exact: true }).first().focus()
  await expect(
    page.getByText('«NAV» er ansvarlig for 2 kontaktpunkter i denne reisen'),
  ).toBeVisible()

  // A second participant sees the same touchpoints and owners.
  const other = await browser.newContext()
  const page2 = await other.newPage()
  await page2.goto(withToken(page.url(), boardId))
  await expect(page2.getByRole('status').first()).toContainText('Live')
  for (const title of [
    'Helsestasjon',
    'Henvisning',
    'Pleiepenger',
    'Opplæringspenger',
    'Individuell plan',
  ])
    await expect(page2.getByRole('columnheader', { name: new RegExp(`^${title}`) })).toBeVisible()
  await expect(page2.getByRole('button', { name: 'Helseforetak', exact: true })).toBeVisible()
  await expect(page2.getByRole('button', { name: 'Kommunen', exact: true })).toHaveCount(3)
  // The coordination panel reads the burden off the owners, live for both participants:
  // Kommunen → Helseforetak → NAV → NAV+Kommunen → Kommunen is four hand-overs, three agencies.
  // Its toggle shows the count too, so it can stay closed and the journey keep the width.
  for (const p of [page, page2]) {
    const toggle = p.getByRole('button', { name: /^Samordning/ })
    await expect(toggle).toHaveAccessibleName('Samordning 4 overleveringer')
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const panel = p.getByRole('region', { name: 'Samordning' })
    await expect(panel.getByText('Overleveringer: 4')).toBeVisible()
    await expect(panel.getByText('Virksomheter familien møter: 3')).toBeVisible()
  }
  // Closed again, the journey has the width back (and the drag below both ends in view).
  await page.getByRole('button', { name: /^Samordning/ }).click()
  await expect(page.getByRole('region', { name: 'Samordning' })).toHaveCount(0)

  // Reorder a phase from its menu: focus comes back to the menu button, the move is announced.
  const menu = page.getByRole('button', { name: `Fasevalg for «${phases[2]}»` })
  await menu.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menuitem', { name: 'Flytt til venstre' })).toBeFocused()
  await expect(page.getByRole('menuitem', { name: 'Flytt til høyre' })).toBeDisabled()
  await page.keyboard.press('Enter')
  await expect(page.getByText(`Fasen «${phases[2]}» er nå nummer 2 av 3.`)).toBeAttached()
  await expect(menu).toBeFocused()
  await expect(page.getByRole('menu')).toHaveCount(0)
  const moved = [phases[0], phases[2], phases[1]]
  await expect.poll(() => phaseOrder(page, phases)).toEqual(moved)
  await expect.poll(() => phaseOrder(page2, phases)).toEqual(moved)

  // Delete a phase with touchpoints, moving them to another phase.
  await page.getByRole('button', { name: `Fasevalg for «${phases[0]}»` }).click()
  await page.getByRole('menuitem', { name: 'Slett fasen' }).click()
  const confirm = page.getByRole('dialog')
  await expect(confirm.getByRole('radio', { name: 'Flytt dem til en annen fase' })).toBeChecked()
  await confirm
    .getByRole('combobox', { name: 'Flytt til fasen' })
    .selectOption({ label: phases[1]! })
  await confirm.getByRole('button', { name: 'Slett fasen' }).click()
  await expect.poll(() => phaseOrder(page2, phases)).toEqual([phases[2], phases[1]])
  await expect(page2.getByRole('columnheader', { name: /^Helsestasjon/ })).toBeVisible()
  await expect(page2.getByRole('columnheader', { name: /^Henvisning/ })).toBeVisible()

  // Move a touchpoint across a phase edge by keyboard (Alt+Right on its header), then another
  // into the emptied phase by dragging with the pointer.
  const individual = page.getByRole('button', { name: 'Individuell plan', exact: true })
  await individual.focus()
  await page.keyboard.press('Alt+ArrowRight')
  await expect(
    page.getByText(`«Individuell plan» er nå nummer 1 i fasen «${phases[1]}».`),
  ).toBeAttached()
  await expect(individual).toBeFocused()
  const empty = page.getByRole('cell', { name: `Legg til kontaktpunkt i «${phases[2]}»` })
  await page.getByRole('columnheader', { name: /^Henvisning/ }).dragTo(empty)
  const touchpoints = [
    'Henvisning',
    'Individuell plan',
    'Pleiepenger',
    'Opplæringspenger',
    'Helsestasjon',
  ]
  await expect.poll(() => phaseOrder(page2, touchpoints)).toEqual(touchpoints)
  await expect(page2.getByRole('cell', { name: /^Legg til kontaktpunkt i/ })).toHaveCount(0)

  // Hide a lane: the arrangement is the journey's, so the other participant sees it too.
  await page.getByRole('button', { name: 'Rader' }).click()
  await page.getByRole('dialog').getByRole('checkbox', { name: 'Bak kulissene' }).uncheck()
  await page.getByRole('button', { name: 'Flytt «Følelser» opp' }).click()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('rowheader', { name: 'Bak kulissene' })).toHaveCount(0)
  await expect(page2.getByRole('rowheader', { name: 'Bak kulissene' })).toHaveCount(0)
  await expect(page2.getByRole('rowheader', { name: 'Følelser' })).toBeVisible()

  // The emotion curve has a text alternative, and the view passes axe.
  await page
    .getByRole('table')
    .getByRole('button', { name: /^Pleiepenger/ })
    .click()
  // Who has which touchpoint selected reaches a screen reader too, in the title's name.
  await expect(
    page2.getByRole('button', { name: /^Pleiepenger.* Valgt av Anonym [a-zæøå ]+\.$/ }),
  ).toBeVisible()
  await expect(page2.getByRole('button', { name: /^Helsestasjon.*Valgt av/ })).toHaveCount(0)
  await page
    .getByRole('complementary', { name: /^Kontaktpunkt/ })
    .getByRole('radio', { name: 'Svært negativ' })
    .check()
  await expect(
    page2.getByRole('listitem').filter({ hasText: 'Pleiepenger: Svært negativ' }),
  ).toBeAttached()
  expect(await axeViolations(page)).toEqual([])
  await other.close()
})

test('journeys can be edited, duplicated and deleted from the list', async ({ page, request }) => {
  const boardId = await createBoardViaApi(request, 'Reiseliste')
  await page.goto(boardUrl(boardId, '/reiser'))
  await expect(page.getByRole('status').first()).toContainText('Live')
  await page.getByRole('button', { name: 'Ny brukerreise' }).click()
  await page.getByRole('dialog').getByRole('textbox', { name: 'Tittel' }).fill('Som i dag')
  await page.getByRole('dialog').getByRole('button', { name: 'Opprett reisen' }).click()
  await page.getByRole('link', { name: 'Alle brukerreiser' }).click()

  await page.getByRole('button', { name: 'Dupliser «Som i dag»' }).click()
  await expect(page.getByRole('link', { name: 'Kopi av Som i dag' })).toBeVisible()
  await page.getByRole('button', { name: 'Rediger «Kopi av Som i dag»' }).click()
  await page.getByRole('dialog').getByRole('textbox', { name: 'Tittel' }).fill('Slik vi vil ha det')
  await page.getByRole('dialog').getByRole('button', { name: 'Lagre' }).click()
  await expect(page.getByRole('link', { name: 'Slik vi vil ha det' })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'Slett «Som i dag»' }).click()
  // A stray Enter must not delete: «Avbryt» has focus when the question opens.
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Avbryt' })).toBeFocused()
  await page.getByRole('dialog').getByRole('button', { name: 'Slett reisen' }).click()
  await expect(page.getByRole('link', { name: 'Som i dag' })).toHaveCount(0)
})
