import { type Page, expect, test } from '@playwright/test'
import {
  addActor,
  boxesOverlap,
  card,
  cardBoxes,
  createBoardViaApi,
  openBoard,
  twoParticipants,
  openLegend,
} from './helpers'

/** A relation edge, found by its accessible name («KS → NAV: Samarbeid»). */
function relation(page: Page, name: string) {
  return page.getByRole('group', { name, exact: true })
}

/** Draws a relation through the «Ny relasjon» dialog (the keyboard way). */
async function addRelation(page: Page, from: string, to: string, type: string) {
  await page.getByRole('button', { name: 'Ny relasjon' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('combobox', { name: 'Fra aktør' }).selectOption({ label: from })
  await dialog.getByRole('combobox', { name: 'Til aktør' }).selectOption({ label: to })
  await dialog.getByRole('combobox', { name: 'Type' }).selectOption({ label: type })
  await dialog.getByRole('button', { name: 'Legg til relasjon' }).click()
  await expect(dialog).toBeHidden()
}

test('two people draw relations at the same time, edit and delete them, and both see it all', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Relasjoner')
  const [a, b] = await twoParticipants(browser, boardId)
  await addActor(a, 'KS')
  await addActor(a, 'NAV')
  await addActor(b, 'Bufdir')
  await expect(card(a, 'Bufdir')).toBeVisible()
  await expect(card(b, 'KS')).toBeVisible()

  // While A fills in «Ny relasjon», B's edits re-render A's map; A's focus stays put.
  await a.getByRole('button', { name: 'Ny relasjon' }).click()
  const description = a
    .getByRole('dialog')
    .getByRole('textbox', { name: 'Beskrivelse (valgfritt)' })
  await description.focus()
  await addActor(b, 'Statped')
  await expect(card(a, 'Statped')).toBeVisible()
  await expect(description).toBeFocused()
  await a.keyboard.press('Escape')

  // Both draw at once.
  await Promise.all([
    addRelation(a, 'KS', 'NAV', 'Samarbeid'),
    addRelation(b, 'Bufdir', 'KS', 'Finansiering'),
  ])
  for (const page of [a, b]) {
    await expect(relation(page, 'KS → NAV: Samarbeid')).toBeVisible()
    await expect(relation(page, 'Bufdir → KS: Finansiering')).toBeVisible()
  }
  // The key explains every type (folded on a window this short, opened on demand), and the
  // category shapes the cards carry before their names.
  const legend = await openLegend(a)
  await expect(
    legend.getByRole('list', { name: 'Relasjonstyper' }).getByRole('listitem'),
  ).toHaveCount(6)
  await expect(legend.getByRole('list', { name: 'Kategorier' }).getByRole('listitem')).toHaveText([
    'Viktig',
    'Moderat',
    'Lav',
  ])

  // A self relation is refused, with the reason next to the field.
  await a.getByRole('button', { name: 'Ny relasjon' }).click()
  const dialog = a.getByRole('dialog')
  await dialog.getByRole('combobox', { name: 'Fra aktør' }).selectOption({ label: 'NAV' })
  await dialog.getByRole('combobox', { name: 'Til aktør' }).selectOption({ label: 'NAV' })
  await dialog.getByRole('button', { name: 'Legg til relasjon' }).click()
  await expect(dialog.getByText('En aktør kan ikke ha en relasjon til seg selv.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Avbryt' }).click()

  // A focuses the relation with the keyboard, opens it with Enter and changes its type.
  await relation(a, 'KS → NAV: Samarbeid').focus()
  await a.keyboard.press('Enter')
  await dialog.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Formell avtale' })
  await dialog.getByRole('textbox', { name: 'Styrke' }).fill('90')
  await dialog.getByRole('button', { name: 'Lagre' }).click()
  await expect(dialog).toBeHidden()
  // B sees the new type, drawn with the agreement's style (as in the legend).
  const edited = relation(b, 'KS → NAV: Formell avtale')
  await expect(edited).toBeVisible()
  const agreementColour = await (
    await openLegend(b)
  )
    .getByRole('listitem')
    .filter({ hasText: 'Formell avtale' })
    .locator('line')
    .getAttribute('stroke')
  await expect(edited.locator('path.react-flow__edge-path')).toHaveCSS(
    'stroke',
    hexToRgb(agreementColour!),
  )

  // B selects the other relation by clicking it and deletes it from the bar.
  await relation(b, 'Bufdir → KS: Finansiering').focus()
  await b.keyboard.press('Delete')
  await expect(relation(a, 'Bufdir → KS: Finansiering')).toHaveCount(0)
  await expect(relation(b, 'Bufdir → KS: Finansiering')).toHaveCount(0)

  // Selecting with the mouse shows the bar; «Slett» there deletes. Move NAV away first, so
  // the middle of the relation is not under a card.
  await card(a, 'NAV').focus()
  for (let i = 0; i < 4; i++) await a.keyboard.press('Shift+ArrowDown')
  await relation(a, 'KS → NAV: Formell avtale').click()
  const bar = a.getByRole('region', { name: 'Valgt relasjon' })
  await expect(bar).toContainText('KS → NAV: Formell avtale')
  await bar.getByRole('button', { name: /Slett relasjon/ }).click()
  await expect(relation(b, 'KS → NAV: Formell avtale')).toHaveCount(0)
})

test('dragging from a card’s edge onto another card asks for the relation’s type, from the first to the second; cancelling leaves nothing', async ({
  page,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Relasjon med mus')
  await openBoard(page, boardId)
  await addActor(page, 'Statsforvalteren')
  await addActor(page, 'Kommunen')
  // Spread the two cards apart with the keyboard, so there is room to drag between them.
  await card(page, 'Kommunen').focus()
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowDown')

  // From just outside either side of the first card (its edge is the place to start a relation)
  // to the middle of the second: the relation runs from the first to the second either way.
  const drawRelation = async (side: 'left' | 'right' = 'right') => {
    const from = card(page, 'Statsforvalteren')
    await from.hover()
    const start = await from.boundingBox()
    const target = await card(page, 'Kommunen').boundingBox()
    if (!start || !target) throw new Error('a card is not on screen')
    const x = side === 'left' ? start.x - 3 : start.x + start.width + 3
    await page.mouse.move(x, start.y + start.height / 2)
    await page.mouse.down()
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 10 })
    await page.mouse.up()
    const dialog = page.getByRole('dialog', { name: 'Ny relasjon' })
    await expect(dialog).toBeVisible()
    // Both ends are filled in from the drag; the type, still to choose, has the focus.
    const chosen = (name: string) =>
      dialog.getByRole('combobox', { name }).getByRole('option', { selected: true })
    await expect(chosen('Fra aktør')).toHaveText('Statsforvalteren')
    await expect(chosen('Til aktør')).toHaveText('Kommunen')
    await expect(dialog.getByRole('combobox', { name: 'Type' })).toBeFocused()
    return dialog
  }
  const drawn = page.getByRole('group', { name: /^Statsforvalteren → Kommunen/ })

  // Cancelled with «Avbryt», then with Escape: nothing is left behind either time.
  let dialog = await drawRelation()
  await dialog.getByRole('button', { name: 'Avbryt' }).click()
  await expect(dialog).toBeHidden()
  await expect(drawn).toHaveCount(0)
  dialog = await drawRelation('left')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(drawn).toHaveCount(0)

  dialog = await drawRelation()
  await dialog
    .getByRole('combobox', { name: 'Type' })
    .selectOption({ label: 'Styring og rapportering' })
  await dialog.getByRole('button', { name: 'Legg til relasjon' }).click()
  await expect(relation(page, 'Statsforvalteren → Kommunen: Styring og rapportering')).toBeVisible()
  await expect(drawn).toHaveCount(1)
  await page.screenshot({ path: 'test-results/relations-matrix.png' })
})

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}

/** The relation descriptions of the «Alvorlig sykt barn» template («Tildelingsbrev» twice). */
const TEMPLATE_LABELS = [
  'Tildelingsbrev',
  'Tjenestedesign',
  'Henvisning',
  'Pleiepenger og stønader',
  'Koordinator og individuell plan',
  'Regelverk for opplæring',
  'Likepersonsstøtte',
]

test('at 1920 px the relation descriptions lie clear of the cards; a hidden one shows when its relation is selected', async ({
  browser,
}) => {
  const page = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage()
  const boardId = await createBoardViaApi(page.request, 'Etiketter', 'alvorlig-sykt-barn')
  await openBoard(page, boardId)
  await expect(page.getByRole('group', { name: /^NAV / })).toBeVisible()
  const cards = await cardBoxes(page)
  // Each description shown lies on no card; in the crowded «Viktig» cell some have no room
  // along their line and are hidden, but most are there to read.
  const shownOnCards = async () => {
    const shown: string[] = []
    const onCards: string[] = []
    for (const text of TEMPLATE_LABELS)
      for (const label of await page.getByText(text, { exact: true }).all()) {
        if (!(await label.isVisible())) continue
        shown.push(text)
        const box = (await label.boundingBox())!
        for (const c of cards) if (boxesOverlap(box, c.box)) onCards.push(`${text} on ${c.name}`)
      }
    return { shown: shown.length >= 3, onCards }
  }
  await expect.poll(shownOnCards).toEqual({ shown: true, onCards: [] })

  // Selected, a relation shows its description, above the cards if need be.
  const coordinator = page.getByText('Koordinator og individuell plan', { exact: true })
  await page
    .getByRole('group', { name: /^Kommunen .*→ Familien .*: Informasjonsflyt, Koordinator/ })
    .focus()
  await expect(coordinator).toBeVisible()
})
