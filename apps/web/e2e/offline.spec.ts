import { type BrowserContext, type Page, type WebSocketRoute, expect, test } from '@playwright/test'
import { addActor, boardUrl, card, createBoardViaApi, openBoard } from './helpers'

/**
 * A browser whose connection to the server can be cut and restored, as when a laptop loses the
 * venue's wifi while everyone else stays on.
 *
 * Why not just `context.setOffline(true)`: measured here (Chromium 1.65 via Playwright), it makes
 * new requests and new WebSockets fail but leaves an open WebSocket open — the page stayed
 * «Live» for as long as we waited. So the board's socket runs through `routeWebSocket`, which
 * forwards every message to the real server until the cut; then the socket is closed from the
 * server's side, and every reconnect attempt is closed at once, as an unreachable server would
 * do, while `setOffline` takes care of page loads and the API.
 */
async function cuttableConnection(context: BrowserContext) {
  let offline = false
  const open = new Set<WebSocketRoute>()
  await context.routeWebSocket(/\/ws\//, (ws) => {
    if (offline) {
      void ws.close({ code: 1001, reason: 'offline' })
      return
    }
    ws.connectToServer()
    open.add(ws)
    ws.onClose(() => open.delete(ws))
  })
  return {
    async cut() {
      offline = true
      await context.setOffline(true)
      for (const ws of [...open]) await ws.close({ code: 1001, reason: 'offline' })
    },
    async restore() {
      offline = false
      await context.setOffline(false)
    },
  }
}

const status = (page: Page) => page.getByRole('status')

test('an edit made offline survives a reload and reaches the others after reconnecting', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Frakoblet')
  const contextA = await browser.newContext()
  const network = await cuttableConnection(contextA)
  const a = await contextA.newPage()
  const b = await (await browser.newContext()).newPage()
  await Promise.all([openBoard(a, boardId), openBoard(b, boardId)])
  await addActor(a, 'NAV')
  await expect(card(b, 'NAV')).toBeVisible()
  await expect(status(a)).toContainText('lagret')
  // The app shell is kept by the service worker once it controls the page.
  await a.waitForFunction(() => navigator.serviceWorker.controller !== null)

  // A loses the connection and keeps working: the status says so, the edit stays with A.
  await network.cut()
  await expect(status(a)).toContainText('Frakoblet')
  await expect(a.getByText(/Endringene dine lagres i denne nettleseren/)).toBeVisible()
  await addActor(a, 'Frivilligsentralen')

  // A reloads while still offline: the app and the board come back from this browser.
  await a.reload()
  await expect(status(a)).toContainText('Frakoblet')
  await expect(card(a, 'Frivilligsentralen')).toBeVisible()
  await expect(card(a, 'NAV')).toBeVisible()

  // Meanwhile B works on; B has not seen A's offline edit.
  await addActor(b, 'Skolen')
  await expect(card(b, 'Frivilligsentralen')).toHaveCount(0)

  // Back online: the edits merge both ways, and A's status ends at saved.
  await network.restore()
  await expect(card(b, 'Frivilligsentralen')).toBeVisible({ timeout: 15_000 })
  await expect(card(a, 'Skolen')).toBeVisible()
  await expect(status(a)).toContainText('Live')
  await expect(status(a)).toContainText('lagret')

  // And it is stored: a third browser, never offline, opens the board with everything.
  const c = await (await browser.newContext()).newPage()
  await openBoard(c, boardId)
  for (const name of ['NAV', 'Frivilligsentralen', 'Skolen'])
    await expect(card(c, name)).toBeVisible()
})

test('a browser that never had the board says so offline instead of showing an empty one', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Aldri sett')
  const contextA = await browser.newContext()
  const network = await cuttableConnection(contextA)
  const a = await contextA.newPage()
  // Visit another board first, so the app shell is kept, then go offline and open this one.
  const other = await createBoardViaApi(request, 'Sett før')
  await openBoard(a, other)
  await a.waitForFunction(() => navigator.serviceWorker.controller !== null)
  await network.cut()
  await a.goto(boardUrl(boardId))
  await expect(status(a)).toContainText('Frakoblet')
  await expect(a.getByText(/har ingen kopi av tavla ennå/)).toBeVisible()
  await expect(a.getByRole('button', { name: 'Legg til aktør' })).toHaveCount(0)
})

test('without a copy in the browser, closing the tab with unsent edits asks first; once saved it does not', async ({
  browser,
  request,
}) => {
  const boardId = await createBoardViaApi(request, 'Bare i fanen')
  const context = await browser.newContext()
  // As in a private window that refuses storage: the browser can keep no copy of the board.
  await context.addInitScript(() =>
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }),
  )
  const network = await cuttableConnection(context)
  const page = await context.newPage()
  await openBoard(page, boardId)
  await addActor(page, 'NAV')
  await expect(status(page)).toContainText('lagret')

  await network.cut()
  await expect(page.getByText(/holdes bare i denne fanen/)).toBeVisible()
  await addActor(page, 'Frivilligsentralen')
  // Leaving now would lose the edit: the browser asks, and the user stays.
  const asked = page.waitForEvent('dialog')
  await page.close({ runBeforeUnload: true })
  const dialog = await asked
  expect(dialog.type()).toBe('beforeunload')
  await dialog.dismiss()
  await expect(card(page, 'Frivilligsentralen')).toBeVisible()

  // Back online the edit is sent and saved; now the tab closes without a question.
  await network.restore()
  await expect(status(page)).toContainText('lagret', { timeout: 15_000 })
  const questions: string[] = []
  page.on('dialog', (d) => {
    questions.push(d.type())
    void d.accept()
  })
  await page.close({ runBeforeUnload: true })
  await expect.poll(() => page.isClosed()).toBe(true)
  expect(questions).toEqual([])
  // And the edit reached the server.
  const other = await (await browser.newContext()).newPage()
  await openBoard(other, boardId)
  await expect(card(other, 'Frivilligsentralen')).toBeVisible()
})
