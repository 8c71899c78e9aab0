import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type APIRequestContext,
  type Browser,
  type Locator,
  type Page,
  expect,
  test,
} from '@playwright/test'
import {
  cellLabel,
  addActor,
  axeViolations,
  boardToken,
  boardUrl,
  card,
  createBoardViaApi,
  createLinkViaApi,
  openBoard,
  revokeLinkViaApi,
} from './helpers'

/** A board from a template, through the API, with its facilitator token. */
async function createTemplateBoard(request: APIRequestContext, title: string, template: string) {
  const response = await request.post('/api/boards', { data: { title, template } })
  expect(response.status()).toBe(201)
  return (await response.json()) as { id: string; token: string }
}

/** A page of its own (another person, another browser) on `path`. */
async function newPerson(browser: Browser, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto(path)
  return page
}

const isLive = (page: Page) => expect(page.getByRole('status')).toContainText('Live')

/** Waits for a dialog's opening animation, so axe sees its real colours, not a fade. */
const settled = (dialog: Locator) =>
  dialog.evaluate((el) =>
    Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => null))),
  )

/** The payload of a token with some claims changed, and the original signature kept. */
function tamper(token: string, claims: Record<string, unknown>): string {
  const [payload, signature] = token.split('.')
  const json = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as object
  const forged = Buffer.from(JSON.stringify({ ...json, ...claims }), 'utf8').toString('base64url')
  return `${forged}.${signature}`
}

test('a viewer sees why, cannot change anything by mouse or keyboard, and the board stays as it was', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const board = await createTemplateBoard(request, 'Lesetilgang', 'alvorlig-sykt-barn')
  const viewerLink = await createLinkViaApi(request, board.id, board.token, 'viewer')
  const editor = await newPerson(browser, boardUrl(board.id, '', board.token))
  const viewer = await newPerson(browser, boardUrl(board.id, '', viewerLink.token))
  await Promise.all([isLive(editor), isLive(viewer)])

  // The token left the address bar; the viewer is told why there is nothing to edit with.
  expect(new URL(viewer.url()).hash).toBe('')
  await expect(viewer.getByText('Du kan se, men ikke endre')).toBeVisible()
  await expect(viewer.getByText(/Lenken du åpnet, gir lesetilgang/)).toBeVisible()
  await expect(viewer.getByText('Din rolle: Leser')).toBeAttached()
  for (const name of ['Legg til aktør', 'Ny relasjon', 'Del tavla'])
    await expect(viewer.getByRole('button', { name })).toHaveCount(0)
  await expect(viewer.getByRole('switch', { name: 'Fest kort til ruta' })).toHaveCount(0)
  // The editor has the controls the viewer lacks (so their absence above means something).
  await expect(editor.getByRole('button', { name: 'Legg til aktør' })).toBeVisible()

  const nav = card(viewer, 'NAV', 'Viktig')
  await expect(nav).toBeVisible()
  // Where the card sits in the matrix: relative to a cell label, since dragging on a card a
  // viewer cannot move pans the whole map instead (card and matrix move together).
  const cell = cellLabel(viewer, 'Viktig')
  const placement = async () => {
    const [c, l] = [await nav.boundingBox(), await cell.boundingBox()]
    if (!c || !l) throw new Error('card or cell not on screen')
    return { x: Math.round(c.x - l.x), y: Math.round(c.y - l.y) }
  }
  const before = await placement()

  // Keyboard: arrow moves, rename and delete keys do nothing.
  await nav.focus()
  for (const key of ['Shift+ArrowDown', 'Shift+ArrowLeft', 'ArrowUp', 'Enter', 'F2', 'Delete'])
    await viewer.keyboard.press(key)
  await expect(viewer.getByRole('dialog')).toHaveCount(0)
  // Mouse: a drag towards «Lav» and a double-click (rename) do nothing either.
  const lav = await cellLabel(viewer, 'Lav').boundingBox()
  const from = await nav.boundingBox()
  if (!from || !lav) throw new Error('card or cell not on screen')
  await viewer.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await viewer.mouse.down()
  await viewer.mouse.move(lav.x + 40, lav.y + 60, { steps: 10 })
  await viewer.mouse.up()
  await nav.dblclick()
  await expect(viewer.getByRole('dialog')).toHaveCount(0)
  await expect(card(viewer, 'NAV', 'Viktig')).toBeVisible()
  expect(await placement()).toEqual(before)

  // Reading still works: selecting a card shows its details, read-only, without actions.
  await card(viewer, 'NAV', 'Viktig').click()
  const details = viewer.getByRole('complementary', { name: 'Sidepanel' })
  const name = details.getByRole('textbox', { name: 'Navn', exact: true })
  await expect(
    details.getByRole('heading', { level: 3, name: 'Arbeids- og velferdsetaten' }),
  ).toBeVisible()
  await expect(name).toHaveValue('Arbeids- og velferdsetaten')
  await expect(name).not.toBeEditable()
  await expect(details.getByRole('textbox', { name: 'Nivå', exact: true })).not.toBeEditable()
  await name.press('End')
  await viewer.keyboard.type(' endret')
  await viewer.keyboard.press('Enter')
  await expect(name).toHaveValue('Arbeids- og velferdsetaten')
  await expect(details.getByRole('checkbox').first()).not.toBeEditable()
  for (const name of ['Slett aktør', 'Dupliser'])
    await expect(details.getByRole('button', { name })).toHaveCount(0)

  // Journeys: no creating, moving, deleting or editing; the coordination panel still reads.
  await viewer.getByRole('link', { name: 'Brukerreiser' }).click()
  await expect(viewer.getByRole('button', { name: 'Ny brukerreise' })).toHaveCount(0)
  await expect(viewer.getByRole('button', { name: /^Slett «/ })).toHaveCount(0)
  await viewer.getByRole('link', { name: 'Alvorlig sykt barn', exact: true }).click()
  await viewer.getByRole('button', { name: /^Samordning/ }).click()
  await expect(viewer.getByRole('region', { name: 'Samordning' })).toBeVisible()
  for (const name of ['Legg til fase', 'Rader', /^Slett fasen/, /^Flytt «/])
    await expect(viewer.getByRole('button', { name })).toHaveCount(0)
  const table = viewer.getByRole('table', { name: /Alvorlig sykt barn/ })
  await table.getByRole('button', { name: /^Legevakt/ }).click()
  const panel = viewer.getByRole('complementary', { name: 'Kontaktpunkt: Legevakt' })
  await expect(panel.getByRole('textbox', { name: 'Tittel' })).not.toBeEditable()
  await expect(panel.getByRole('button', { name: 'Slett kontaktpunktet' })).toHaveCount(0)
  await expect(panel.getByRole('searchbox')).toHaveCount(0)

  // The editor's board is unchanged: NAV still «Viktig», in the same place, with its name.
  await expect(card(editor, 'NAV', 'Viktig')).toBeVisible()
  const editorNav = await card(editor, 'NAV', 'Viktig').boundingBox()
  await editor.reload()
  await isLive(editor)
  expect(await card(editor, 'NAV', 'Viktig').boundingBox()).toEqual(editorNav)
  await editor.getByRole('link', { name: 'Brukerreiser' }).click()
  await editor.getByRole('link', { name: 'Alvorlig sykt barn', exact: true }).click()
  await expect(
    editor
      .getByRole('table', { name: /Alvorlig sykt barn/ })
      .getByRole('button', { name: /^Legevakt/ }),
  ).toBeVisible()
})

test('an editor link lets a second person edit, without managing links', async ({
  browser,
  page,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Redigering')
  await openBoard(page, boardId)
  const link = await createLinkViaApi(request, boardId, boardToken(boardId), 'editor')
  const editor = await newPerson(browser, boardUrl(boardId, '', link.token))
  await isLive(editor)
  await expect(editor.getByText('Din rolle: Redigerer')).toBeAttached()
  await expect(editor.getByRole('button', { name: 'Del tavla' })).toHaveCount(0)
  await expect(editor.getByText('Du kan se, men ikke endre')).toHaveCount(0)

  await addActor(editor, 'Statped')
  await expect(card(page, 'Statped', 'Moderat')).toBeVisible()
})

test('a revoked link shows why, throws out a viewer who is on the board, and stays refused', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Trekk tilbake')
  const link = await createLinkViaApi(request, boardId, boardToken(boardId), 'viewer')
  const viewer = await newPerson(browser, boardUrl(boardId, '', link.token))
  await isLive(viewer)
  const hasCopy = () =>
    viewer.evaluate(
      async (id) => (await indexedDB.databases()).some((db) => db.name?.includes(id)),
      boardId,
    )
  await expect.poll(hasCopy).toBe(true)

  await revokeLinkViaApi(request, boardId, link.id)
  await expect(
    viewer.getByRole('heading', { level: 1, name: 'Ingen tilgang til tavla' }),
  ).toBeVisible()
  await expect(
    viewer.getByText('Fasilitatoren har trukket tilbake lenken du brukte.'),
  ).toBeVisible()

  // The browser's copy of the board goes with the access: nothing of it stays on the machine.
  await expect.poll(hasCopy).toBe(false)

  // Reloading, or opening the link anew, gives the same answer.
  await viewer.reload()
  await expect(viewer.getByText(/har trukket tilbake lenken/)).toBeVisible()
  const other = await newPerson(browser, boardUrl(boardId, '', link.token))
  await expect(other.getByText(/har trukket tilbake lenken/)).toBeVisible()

  // The start page of the thrown-out browser says the link no longer works.
  await viewer.getByRole('link', { name: 'Gå til startsiden' }).click()
  const item = viewer.getByRole('listitem').filter({ hasText: 'Trekk tilbake' })
  await expect(item.getByText('Lenken virker ikke lenger')).toBeVisible()
})

test('an expired link is refused with its reason, also for someone already on the board', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Utløp')
  const soon = await createLinkViaApi(
    request,
    boardId,
    boardToken(boardId),
    'editor',
    // Long enough to get onto the board first on a busy machine.
    new Date(Date.now() + 8_000).toISOString(),
  )
  const person = await newPerson(browser, boardUrl(boardId, '', soon.token))
  await isLive(person)
  await expect(person.getByText('Lenken du brukte, har utløpt.', { exact: false })).toBeVisible({
    timeout: 20_000,
  })

  const later = await newPerson(browser, boardUrl(boardId, '', soon.token))
  await expect(
    later.getByRole('heading', { level: 1, name: 'Ingen tilgang til tavla' }),
  ).toBeVisible()
  await expect(later.getByText(/har utløpt/)).toBeVisible()
})

test('forged, broken, missing and other boards’ tokens are refused with their reasons', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Forfalsket')
  const otherId = await createBoardViaApi(request, 'Annen tavle')
  const viewer = await createLinkViaApi(request, boardId, boardToken(boardId), 'viewer')

  // A viewer token that claims to be a facilitator's: the signature no longer fits.
  const forged = await newPerson(
    browser,
    boardUrl(boardId, '', tamper(viewer.token, { r: 'facilitator' })),
  )
  await expect(forged.getByText(/Tilgangsnøkkelen i lenken er ugyldig/)).toBeVisible()
  await expect(forged.getByRole('button', { name: 'Legg til aktør' })).toHaveCount(0)

  const broken = await newPerson(browser, boardUrl(boardId, '', 'ikke-en-nøkkel'))
  await expect(broken.getByText(/Tilgangsnøkkelen i lenken er ugyldig/)).toBeVisible()

  const none = await newPerson(browser, `/b/${boardId}`)
  await expect(none.getByText(/Lenken mangler tilgangsnøkkel/)).toBeVisible()

  // A genuine token, but for another board.
  const wrong = await newPerson(browser, boardUrl(otherId, '', boardToken(boardId)))
  await expect(wrong.getByText(/Lenken gir tilgang til en annen tavle/)).toBeVisible()
  await expect(
    wrong.getByRole('heading', { level: 1, name: 'Ingen tilgang til tavla' }),
  ).toBeVisible()
})

test('a facilitator creates, copies and revokes links, by keyboard, in an accessible dialog', async ({
  browser,
  page,
  context,
  request,
}) => {
  test.setTimeout(120_000)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const boardId = await createBoardViaApi(request, 'Deling')
  await openBoard(page, boardId)
  await expect(page.getByText('Din rolle: Fasilitator')).toBeAttached()

  await page.getByRole('button', { name: 'Del tavla' }).focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Del tavla' })
  await expect(dialog).toBeVisible()
  // The creator's own link is listed, marked as theirs.
  await expect(dialog.getByRole('rowheader', { name: /Fasilitator \(din lenke\)/ })).toBeVisible()
  // It says who may copy the board, which takes all the content along (facilitators, by default).
  await expect(dialog.getByText(/^Bare fasilitatorer kan lage en kopi av tavla\./)).toBeVisible()
  await settled(dialog)
  expect(await axeViolations(page)).toEqual([])

  // A viewer link that works through tomorrow, chosen by keyboard.
  await dialog.getByRole('radio', { name: /^Leser/ }).focus()
  await page.keyboard.press('Space')
  await expect(dialog.getByRole('radio', { name: /^Leser/ })).toBeChecked()
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000)
  const pad = (n: number) => String(n).padStart(2, '0')
  await dialog
    .getByLabel('Utløper (valgfritt)')
    .fill(`${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}`)
  await dialog.getByRole('button', { name: 'Lag lenke' }).focus()
  await page.keyboard.press('Enter')
  await expect(dialog.getByText(/Lenke for Leser er laget/)).toBeVisible()
  const copyButton = dialog.getByRole('button', { name: /^Kopier lenke for Leser/ })
  // Focus went to the new link's «Kopier», so Enter copies it.
  await expect(copyButton).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog.getByText('Lenken er kopiert.')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toMatch(new RegExp(`/b/${boardId}#token=[\\w-]+\\.[\\w-]+$`))
  const row = dialog
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: /^Kopier lenke for Leser/ }) })
  await expect(row.getByText('Aktiv')).toBeVisible()
  await expect(row.getByRole('cell').nth(1)).toHaveText(/^til og med /)
  expect(await axeViolations(page)).toEqual([])

  // Someone opens the copied link: a viewer.
  const viewer = await newPerson(browser, copied)
  await isLive(viewer)
  await expect(viewer.getByText('Din rolle: Leser')).toBeAttached()

  // Revoke it: asked first, then the row says so and the viewer is thrown out with the reason.
  await row.getByRole('button', { name: /^Trekk tilbake lenke for Leser/ }).click()
  const confirm = page.getByRole('dialog', { name: 'Trekke tilbake lenken?' })
  await expect(confirm.getByRole('button', { name: 'Avbryt' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Trekk tilbake lenken' }).click()
  await expect(dialog.getByText('Lenken for Leser er trukket tilbake.')).toBeVisible()
  await expect(dialog.getByRole('row').filter({ hasText: 'Trukket tilbake' })).toHaveCount(1)
  await expect(viewer.getByText(/har trukket tilbake lenken/)).toBeVisible()

  // Closing with Escape returns focus to «Del tavla»; the facilitator is still live.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Del tavla' })).toBeFocused()
  await isLive(page)
})

test('recent boards: listed per browser, renamed, copied, deleted, and checked with axe', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(180_000)
  // A board made here (facilitator) and one opened from someone else's viewer link.
  await page.goto('/')
  await page.getByLabel('Navn på tavla').fill('Verksted A')
  await page.getByRole('button', { name: 'Opprett tavle' }).click()
  await isLive(page)
  await addActor(page, 'Helsedirektoratet')
  const foreignId = await createBoardViaApi(request, 'Fremmed tavle')
  const foreign = await createLinkViaApi(request, foreignId, boardToken(foreignId), 'viewer')
  await page.goto(boardUrl(foreignId, '', foreign.token))
  await isLive(page)

  await page.getByRole('link', { name: 'Samkart' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Tavler du har åpnet' })).toBeVisible()
  const items = page
    .getByRole('list')
    .filter({ has: page.getByRole('link', { name: 'Verksted A' }) })
  await expect(items.getByRole('listitem')).toHaveCount(2)
  const mine = page.getByRole('listitem').filter({ hasText: 'Verksted A' })
  const theirs = page.getByRole('listitem').filter({ hasText: 'Fremmed tavle' })
  await expect(mine.getByText('Fasilitator')).toBeVisible()
  await expect(theirs.getByText('Leser')).toBeVisible()
  // A viewer can only take the board off this list.
  await expect(theirs.getByRole('button')).toHaveText(['Fjern fra listen'])
  expect(await axeViolations(page)).toEqual([])

  // Another browser has its own list.
  const stranger = await newPerson(browser, '/')
  await expect(stranger.getByText(/Du har ikke åpnet noen tavler/)).toBeVisible()

  // Rename by keyboard.
  await mine.getByRole('button', { name: 'Gi nytt navn til Verksted A' }).focus()
  await page.keyboard.press('Enter')
  const rename = page.getByRole('dialog', { name: 'Gi tavla nytt navn' })
  await expect(rename).toBeVisible()
  await settled(rename)
  expect(await axeViolations(page)).toEqual([])
  await rename.getByRole('textbox', { name: 'Navn på tavla' }).fill('Verksted B')
  await page.keyboard.press('Enter')
  await expect(rename).toBeHidden()
  await expect(page.getByText('Tavla heter nå «Verksted B».')).toBeVisible()
  const renamed = page.getByRole('listitem').filter({ hasText: 'Verksted B' })
  await expect(renamed.getByRole('link', { name: 'Verksted B' })).toBeVisible()

  // Copy: a new board with the same content, that this browser facilitates.
  await renamed.getByRole('button', { name: 'Lag kopi av Verksted B' }).click()
  await expect(page.getByText(/Kopien «Kopi av Verksted B» er laget/)).toBeVisible()
  const copy = page.getByRole('listitem').filter({ hasText: 'Kopi av Verksted B' })
  await expect(copy.getByText('Fasilitator')).toBeVisible()
  await copy.getByRole('link', { name: 'Kopi av Verksted B' }).click()
  await isLive(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Kopi av Verksted B' })).toBeVisible()
  await expect(card(page, 'Helsedirektoratet')).toBeVisible()
  const copyPath = new URL(page.url()).pathname

  // Delete the copy, after a confirmation that starts on «Avbryt».
  await page.getByRole('link', { name: 'Samkart' }).click()
  await copy.getByRole('button', { name: 'Slett Kopi av Verksted B' }).click()
  const confirm = page.getByRole('dialog', { name: 'Slette «Kopi av Verksted B»?' })
  await expect(confirm.getByRole('button', { name: 'Avbryt' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Slett tavla' }).click()
  await expect(page.getByText('«Kopi av Verksted B» er slettet.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Kopi av Verksted B' })).toHaveCount(0)
  await page.goto(copyPath)
  await expect(
    page.getByRole('heading', { level: 1, name: /Fant ikke tavla|Ingen tilgang/ }),
  ).toBeVisible()

  // The original is untouched by the copy's deletion, and opens renamed.
  await page.goto('/')
  await page.getByRole('link', { name: 'Verksted B' }).click()
  await isLive(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Verksted B' })).toBeVisible()
  await expect(card(page, 'Helsedirektoratet')).toBeVisible()

  // Taking a board off the list changes nothing on the server.
  await page.getByRole('link', { name: 'Samkart' }).click()
  await theirs.getByRole('button', { name: 'Fjern fra listen: Fremmed tavle' }).click()
  await expect(page.getByRole('link', { name: 'Fremmed tavle' })).toHaveCount(0)
  const again = await newPerson(browser, boardUrl(foreignId, '', foreign.token))
  await isLive(again)
})

/** A second, real server with its own settings, serving the app this run built. */
async function startServer(
  env: Record<string, string>,
): Promise<{ url: string; stop: () => void }> {
  const port = Number(process.env.SAMKART_E2E_PORT ?? 4317)
  const dataDir = mkdtempSync(join(tmpdir(), 'samkart-e2e-access-'))
  // One process (tsx's loader in Node itself), so stopping it stops the server.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: fileURLToPath(new URL('../../server/', import.meta.url)),
    env: {
      ...process.env,
      SAMKART_HOST: '127.0.0.1',
      SAMKART_PORT: '0',
      SAMKART_DATA_DIR: dataDir,
      SAMKART_STATIC_DIR: join(tmpdir(), `samkart-e2e-web-${port}`),
      SAMKART_LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
  for (let i = 0; i < 200; i++) {
    const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1]
    if (url) return { url, stop }
    if (child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  stop()
  throw new Error(`the second server did not start: ${output}`)
}

test.describe('a server that restricts creating boards and caps connections', () => {
  const ADMIN = 'e2e-admin-key-0123456789'
  let server: { url: string; stop: () => void } | undefined
  test.beforeAll(async () => {
    server = await startServer({
      SAMKART_CREATE: 'admin',
      SAMKART_ADMIN_TOKEN: ADMIN,
      SAMKART_MAX_CONNECTIONS_PER_BOARD: '1',
    })
  })
  test.afterAll(() => server?.stop())

  test('the start page explains that creating needs the admin key, and takes it', async ({
    page,
  }) => {
    await page.goto(`${server!.url}/`)
    await page.getByLabel('Navn på tavla').fill('Bare for admin')
    await page.getByRole('button', { name: 'Opprett tavle' }).click()
    await expect(page.getByText(/bare administratorer opprette tavler/)).toBeVisible()
    const key = page.getByLabel('Administratornøkkel')
    expect(await axeViolations(page)).toEqual([])

    await key.fill('feil-nøkkel-som-er-lang-nok')
    await page.getByRole('button', { name: 'Opprett tavle' }).click()
    await expect(page.getByText('Administratornøkkelen stemmer ikke.')).toBeVisible()

    await key.fill(ADMIN)
    await page.getByRole('button', { name: 'Opprett tavle' }).click()
    await isLive(page)
    await expect(page.getByRole('heading', { level: 1, name: 'Bare for admin' })).toBeVisible()
    await expect(page.getByText('Din rolle: Fasilitator')).toBeAttached()
  })

  test('the administrator sees every board, finds one, opens it as facilitator and deletes another', async ({
    page,
    request,
  }) => {
    const make = async (title: string) => {
      const res = await request.post(`${server!.url}/api/boards`, {
        data: { title },
        headers: { authorization: `Bearer ${ADMIN}` },
      })
      expect(res.status()).toBe(201)
    }
    await make('Oversikt: Digibarnevern')
    await make('Oversikt: Få barn')
    await page.goto(`${server!.url}/`)
    await page.getByRole('link', { name: 'Alle tavler på tjeneren (administrator)' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Alle tavler' })).toBeVisible()
    const key = page.getByLabel('Administratornøkkel')
    await key.fill('feil-nøkkel-som-er-lang-nok')
    await key.press('Enter')
    await expect(page.getByText('Nøkkelen stemmer ikke.')).toBeVisible()
    await page.getByLabel('Administratornøkkel').fill(ADMIN)
    await page.getByRole('button', { name: 'Vis tavlene' }).click()

    const table = page.getByRole('table', { name: 'Alle tavler' })
    const row = (title: string) =>
      table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) })
    await expect(row('Oversikt: Digibarnevern')).toBeVisible()
    await expect(row('Oversikt: Få barn').getByRole('cell').nth(2)).toHaveText('0')
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('searchbox', { name: 'Søk etter tavle (navn eller id)' }).fill('få barn')
    await expect(table.getByRole('rowheader')).toHaveText(['Oversikt: Få barn'])
    await expect(page.getByText(/^Viser 1 av \d+ tavler\.$/)).toBeVisible()

    await page.getByRole('button', { name: 'Slett Oversikt: Få barn' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Slett tavla' }).click()
    await expect(page.getByText('«Oversikt: Få barn» er slettet.')).toBeVisible()
    await expect(table.getByRole('rowheader')).toHaveCount(0)

    await page.getByRole('searchbox', { name: 'Søk etter tavle (navn eller id)' }).fill('digi')
    await page
      .getByRole('button', { name: 'Åpne «Oversikt: Digibarnevern» som fasilitator' })
      .click()
    await isLive(page)
    await expect(
      page.getByRole('heading', { level: 1, name: 'Oversikt: Digibarnevern' }),
    ).toBeVisible()
    await expect(page.getByText('Din rolle: Fasilitator')).toBeAttached()
  })

  test('a full board says so while it keeps trying, and lets the next person in', async ({
    browser,
    request,
  }) => {
    const response = await request.post(`${server!.url}/api/boards`, {
      headers: { authorization: `Bearer ${ADMIN}` },
      data: { title: 'Full tavle' },
    })
    expect(response.status()).toBe(201)
    const { id, token } = (await response.json()) as { id: string; token: string }
    const first = await newPerson(browser, `${server!.url}${boardUrl(id, '', token)}`)
    await isLive(first)

    const second = await newPerson(browser, `${server!.url}${boardUrl(id, '', token)}`)
    await expect(second.getByText(/Tavla er full: for mange er koblet til/)).toBeVisible()
    await expect(second.getByRole('status')).not.toContainText('Live')

    await first.close()
    await isLive(second)
    await expect(second.getByText(/Tavla er full/)).toHaveCount(0)
  })
})
