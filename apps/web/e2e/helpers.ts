import AxeBuilder from '@axe-core/playwright'
import { readFile } from 'node:fs/promises'
import {
  type APIRequestContext,
  type Browser,
  type Download,
  type Locator,
  type Page,
  expect,
} from '@playwright/test'

/** A share link's role. */
export type Role = 'viewer' | 'editor' | 'facilitator'

/** The facilitator token of each board this worker created through the API. */
const facilitatorTokens = new Map<string, string>()

/**
 * Creates a board through the API (faster than the form) and returns its id. The facilitator
 * token from the answer is kept: {@link openBoard} and {@link boardUrl} open the board with it,
 * as the creator's browser would.
 */
export async function createBoardViaApi(
  request: APIRequestContext,
  title: string,
  template?: string,
): Promise<string> {
  const response = await request.post('/api/boards', {
    data: template ? { title, template } : { title },
  })
  expect(response.status()).toBe(201)
  const body = (await response.json()) as { id: string; token?: string }
  if (body.token) facilitatorTokens.set(body.id, body.token)
  return body.id
}

/** The facilitator token of a board made by {@link createBoardViaApi}. */
export function boardToken(boardId: string): string {
  const token = facilitatorTokens.get(boardId)
  if (!token) throw new Error(`no token for board ${boardId}: create it with createBoardViaApi`)
  return token
}

/**
 * `url` (a path or a full address on the board) with a share token in its fragment, as a share
 * link carries it: by default the facilitator token of a board from {@link createBoardViaApi}
 * (none from a server with access checks off).
 */
export function withToken(
  url: string,
  boardId: string,
  token = facilitatorTokens.get(boardId),
): string {
  const bare = url.replace(/#.*$/, '')
  return token ? `${bare}#token=${token}` : bare
}

/** The path of a board (plus `rest`, e.g. `/reiser`) that opens it with `token`. */
export function boardUrl(boardId: string, rest = '', token?: string): string {
  return withToken(`/b/${boardId}${rest}`, boardId, token ?? facilitatorTokens.get(boardId))
}

/**
 * Opens a board and waits until it is live (connected and synced): with the facilitator token
 * of a board from {@link createBoardViaApi}, or with `token` (a share link's).
 */
export async function openBoard(page: Page, boardId: string, token?: string): Promise<void> {
  await page.goto(boardUrl(boardId, '', token))
  await expect(page.getByRole('status')).toContainText('Live')
}

/** A share link as the API returns it. */
export interface ShareLink {
  id: string
  role: Role
  token: string | null
  expiresAt: string | null
  revokedAt: string | null
}

/**
 * Creates a share link for `role` through the API, authorised by `token` (a facilitator's; by
 * default the board's creator), optionally expiring at `expiresAt` (ISO 8601).
 */
export async function createLinkViaApi(
  request: APIRequestContext,
  boardId: string,
  token: string = boardToken(boardId),
  role: Role = 'editor',
  expiresAt?: string,
): Promise<ShareLink & { token: string }> {
  const response = await request.post(`/api/boards/${boardId}/links`, {
    headers: { authorization: `Bearer ${token}` },
    data: expiresAt ? { role, expiresAt } : { role },
  })
  expect(response.status()).toBe(201)
  return (await response.json()) as ShareLink & { token: string }
}

/** Revokes a share link through the API (as the board's creator by default). */
export async function revokeLinkViaApi(
  request: APIRequestContext,
  boardId: string,
  linkId: string,
  token: string = boardToken(boardId),
): Promise<void> {
  const response = await request.delete(`/api/boards/${boardId}/links/${linkId}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(response.status()).toBe(204)
}

/**
 * Two participants, each in a browser context of their own (separate storage, as two people on
 * two machines), both on the board and live.
 */
export async function twoParticipants(browser: Browser, boardId: string): Promise<[Page, Page]> {
  const a = await (await browser.newContext()).newPage()
  const b = await (await browser.newContext()).newPage()
  await Promise.all([openBoard(a, boardId), openBoard(b, boardId)])
  return [a, b]
}

/** Adds an actor through the «Legg til aktør» dialog. */
export async function addActor(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Legg til aktør' }).click()
  // In the dialog: the details panel beside it has a «Navn» field of its own.
  await page.getByRole('dialog').getByRole('combobox', { name: 'Navn' }).fill(name)
  await page.getByRole('button', { name: 'Legg til', exact: true }).click()
  await expect(page.getByRole('dialog')).toBeHidden()
}

/** Every actor card on the page (found by its accessible name: a name and a category). */
export function allCards(page: Page) {
  return page.getByRole('group', { name: / (Viktig|Moderat|Lav|Important|Moderate|Low)$/ })
}

/** A rectangle as Playwright's `boundingBox` gives it. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** Whether two rectangles overlap by more than a hair (borders may touch). */
export function boxesOverlap(a: Box, b: Box): boolean {
  const eps = 0.5
  return (
    a.x + eps < b.x + b.width &&
    b.x + eps < a.x + a.width &&
    a.y + eps < b.y + b.height &&
    b.y + eps < a.y + a.height
  )
}

/** Pairs of rectangles that overlap by more than a hair (borders may touch). */
export function overlappingPairs<T extends { box: Box }>(items: readonly T[]): [T, T][] {
  const pairs: [T, T][] = []
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      if (boxesOverlap(items[i]!.box, items[j]!.box)) pairs.push([items[i]!, items[j]!])
  return pairs
}

/** The rendered box of every actor card, by its accessible name. */
export async function cardBoxes(page: Page): Promise<{ name: string; box: Box }[]> {
  const cards = allCards(page)
  const out: { name: string; box: Box }[] = []
  for (const card of await cards.all()) {
    const box = await card.boundingBox()
    const name = (await card.getAttribute('aria-labelledby')) ?? ''
    if (box)
      out.push({
        name: await card.evaluate(
          (el, ids) =>
            ids
              .split(' ')
              .map((id) => el.ownerDocument.getElementById(id)?.textContent)
              .join(' '),
          name,
        ),
        box,
      })
  }
  return out
}

/**
 * Switches the aktørkart to a view by its name in the «Visning» switch. Designsystemet draws a
 * label over each radio, so the click goes to the label: `force` skips Playwright's check that
 * the radio itself takes it.
 */
export async function chooseView(page: Page, name: string) {
  await page
    .getByRole('group', { name: 'Visning' })
    .getByRole('radio', { name })
    .check({ force: true })
}

/**
 * The matrix's label of the «Viktig» or «Lav» cell, found by the meaning written beside the
 * category (the word alone is also on every card of that category, for screen readers, and in
 * the map's key).
 */
export function cellLabel(page: Page, category: 'Viktig' | 'Lav') {
  const meaning = category === 'Viktig' ? 'Knyttes tett til arbeidet' : 'Håndteres med informasjon'
  return page.getByText(meaning, { exact: true })
}

/** Opens the map's folded key, if it is folded. */
export async function openLegend(page: Page) {
  const legend = page.getByRole('group', { name: 'Tegnforklaring' })
  if (!(await legend.getByRole('listitem').first().isVisible()))
    await legend.getByText('Tegnforklaring', { exact: true }).click()
  return legend
}

/**
 * Clicks an empty spot of the aktørkart's canvas (clearing the selection): low in the middle,
 * clear of the floating toolbars at the top, the key at the lower left and the zoom controls
 * at the lower right.
 */
export async function clickEmptyMap(page: Page) {
  const map = await page.getByRole('application', { name: /^Aktørkart:/ }).boundingBox()
  if (!map) throw new Error('the map is not on screen')
  await page.mouse.click(map.x + map.width / 2, map.y + map.height - 12)
}

/** An actor card, found by its accessible name: the actor's name and category. */
export function card(page: Page, name: string, category?: string) {
  return category
    ? page.getByRole('group', { name: `${name} ${category}`, exact: true })
    : page.getByRole('group', {
        name: new RegExp(`^${name} (Viktig|Moderat|Lav|Important|Moderate|Low)$`),
      })
}

/**
 * WCAG 2.1 A and AA violations (what Norwegian public bodies must meet) on the page, or within
 * `include` (an axe selector), in a form that reads well in a failure message.
 */
export async function axeViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  if (include) builder = builder.include(include)
  const result = await builder.analyze()
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }))
}

/** The board's export dialog. */
export const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Eksporter tavla' })

/** Opens the export dialog from the board's header and returns it. */
export async function openExport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Eksporter', exact: true }).click()
  const dialog = exportDialog(page)
  await expect(dialog).toBeVisible()
  return dialog
}

/**
 * Clicks «Eksporter» in the dialog and returns the download with its bytes, once the dialog
 * says it was downloaded. `timeout` for the download on big boards.
 */
export async function exportFile(
  page: Page,
  { timeout }: { timeout?: number } = {},
): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', timeout ? { timeout } : undefined),
    exportDialog(page).getByRole('button', { name: 'Eksporter', exact: true }).click(),
  ])
  const bytes = await readFile(await download.path())
  await expect(
    exportDialog(page).getByText(`Lastet ned ${download.suggestedFilename()}.`),
  ).toBeVisible()
  return { download, bytes }
}
