/**
 * Screenshots of every board view, for the user guide and for looking at what we build.
 *
 *   pnpm --filter @samkart/web screenshots                 # docs/screenshots/*.png at 1366×768
 *   pnpm --filter @samkart/web screenshots -- --all --out /tmp/shots   # also 1920×1080, tablet, phone
 *   pnpm --filter @samkart/web screenshots -- --locale nn --out /tmp/nn  # in nynorsk (or en)
 *
 * Builds the app, starts the real server with an empty data folder, creates boards from the
 * shipped templates through the API (as the start page does) and opens each view the way a user
 * would, finding controls by role and name.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, type Page, chromium } from '@playwright/test'
import {
  LOCALE_STORAGE_KEY,
  type Locale,
  createTranslator,
  intlLocale,
  isLocale,
} from '@samkart/i18n'
import { startBenchServer } from '../bench/benchServer'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = process.argv.slice(2)
const flag = (name: string) => args.includes(`--${name}`)
const option = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const OUT = resolve(option('out') ?? join(here, '../../../docs/screenshots'))
const PORT = Number(option('port') ?? 4390)
const LOCALE: Locale = (() => {
  const asked = option('locale') ?? 'nb'
  if (!isLocale(asked)) throw new Error('--locale must be nb, nn or en')
  return asked
})()
/** Controls are found by the names a user of that language sees. */
const t = createTranslator(LOCALE)

/** The sizes: the committed set is 1366×768; `--all` adds the others for review. */
const SIZES = flag('all')
  ? [
      { name: '1366x768', width: 1366, height: 768 },
      { name: '1920x1080', width: 1920, height: 1080 },
      { name: 'tablet-1024x768', width: 1024, height: 768 },
      { name: 'tablet-820x1180', width: 820, height: 1180 },
      { name: 'phone-390x844', width: 390, height: 844 },
    ]
  : [{ name: '1366x768', width: 1366, height: 768 }]

interface Board {
  id: string
  token: string
}

async function createBoard(base: string, template?: string, title?: string): Promise<Board> {
  const response = await fetch(`${base}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: title ?? 'Verksted', ...(template ? { template } : {}) }),
  })
  if (response.status !== 201) throw new Error(`create board: ${response.status}`)
  return (await response.json()) as Board
}

async function openBoard(page: Page, base: string, board: Board, rest = ''): Promise<void> {
  await page.goto(`${base}/b/${board.id}${rest}#token=${board.token}`)
  await page
    .getByRole('status')
    .filter({ hasText: t('status.live') })
    .first()
    .waitFor()
  // Let the canvas fit itself and fonts settle.
  await page.waitForTimeout(600)
}

async function shoot(page: Page, name: string): Promise<void> {
  const path = join(OUT, `${name}.png`)
  await page.screenshot({ path })
  console.log(`  ${path}`)
}

/** Switches the aktørkart's view by its visible name. */
async function showView(page: Page, name: string): Promise<void> {
  const radio = page.getByRole('radio', { name, exact: true })
  // Designsystemet's ToggleGroup hides the radio under its label; the label takes the click.
  if (await radio.count()) await radio.first().check({ force: true })
  else await page.getByRole('button', { name, exact: true }).first().click()
  await page.waitForTimeout(500)
}

async function run(browser: Browser, base: string): Promise<void> {
  const templates = (
    (await (await fetch(`${base}/api/templates`)).json()) as {
      templates: { id: string }[]
    }
  ).templates.map((t) => t.id)
  const boards = new Map<string, Board>()
  for (const template of templates) boards.set(template, await createBoard(base, template))
  boards.set('empty', await createBoard(base, undefined, 'Tom tavle'))

  for (const size of SIZES) {
    // A returning participant with a name: the one-time name question is not what we look at.
    const context = await browser.newContext({
      viewport: size,
      // Tablets and phones are touch screens: controls grow to 44 px there (pointer: coarse).
      hasTouch: !size.name.startsWith('19') && !size.name.startsWith('13'),
      locale: intlLocale(LOCALE),
      storageState: {
        cookies: [],
        origins: [
          {
            origin: base,
            localStorage: [
              { name: LOCALE_STORAGE_KEY, value: LOCALE },
              { name: 'samkart.presence.asked', value: '1' },
              { name: 'samkart.presence.name', value: 'Kari Nordmann' },
            ],
          },
        ],
      },
    })
    const page = await context.newPage()
    for (const [template, board] of boards) {
      await openBoard(page, base, board)
      await shoot(page, `matrix-${template}-${size.name}`)
      if (template === 'empty') {
        // «Legg til aktør» with suggestions from the sample register.
        await page.getByRole('button', { name: t('actor.add') }).click()
        await page.getByRole('dialog').getByRole('combobox').pressSequentially('direktoratet')
        await page.getByRole('option').first().waitFor()
        await shoot(page, `add-actor-registry-${size.name}`)
        await page.keyboard.press('Escape')
        await page.keyboard.press('Escape')
      }
      if (template !== 'alvorlig-sykt-barn') continue
      await showView(page, t('view.network'))
      await shoot(page, `network-${template}-${size.name}`)
      await showView(page, t('view.lens'))
      await shoot(page, `lens-${template}-${size.name}`)
      await openBoard(page, base, board, '/reiser')
      await shoot(page, `journeys-${template}-${size.name}`)
      const first = page
        .getByRole('main')
        .getByRole('link')
        .filter({ hasText: /(sykt|sjukt) barn|sick child/i })
      if (await first.count()) {
        await first.first().click()
        await page.waitForTimeout(500)
        await shoot(page, `journey-${template}-${size.name}`)
        await page.getByRole('switch', { name: t('journey.compact') }).check()
        await page.waitForTimeout(400)
        await shoot(page, `journey-compact-${template}-${size.name}`)
        // Back to normal: the choice is remembered in this browser for the next board.
        await page.getByRole('switch', { name: t('journey.compact') }).uncheck()
        await page.waitForTimeout(300)
        // The journey's lane management and personas, each a dialog over the journey.
        await page
          .getByRole('button', { name: t('journey.lanes.button') })
          .first()
          .click()
        await page.getByRole('heading', { name: t('journey.lanes.heading') }).waitFor()
        // The dialog fades in.
        await page.waitForTimeout(500)
        await shoot(page, `journey-lanes-${template}-${size.name}`)
        await page.keyboard.press('Escape')
        await page
          .getByRole('button', { name: t('personas.button') })
          .first()
          .click()
        await page.getByRole('heading', { name: t('personas.heading') }).waitFor()
        // The dialog fades in.
        await page.waitForTimeout(500)
        await shoot(page, `journey-personas-${template}-${size.name}`)
        await page.keyboard.press('Escape')
        // As-is beside to-be: the template links the two.
        await page
          .getByRole('button', { name: t('journeyCompare.open') })
          .first()
          .click()
        await page.waitForTimeout(500)
        await shoot(page, `journey-compare-${template}-${size.name}`)
      }
    }
    await context.close()
  }
}

mkdirSync(OUT, { recursive: true })
const server = await startBenchServer('screenshots', PORT)
execFileSync(
  'pnpm',
  [
    'samkart',
    'registry',
    'import',
    'apps/server/test-data/enhetsregisteret-sample.csv',
    '--data-dir',
    server.dataDir,
  ],
  { cwd: join(here, '../../..'), stdio: 'ignore' },
)
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
try {
  await run(browser, server.base)
} finally {
  await browser.close()
  server.stop()
}
