import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from '@playwright/test'

/**
 * A fixed port away from the development server's 3000 and Vite's 5173. `SAMKART_E2E_PORT`
 * lets two runs work side by side; each then builds and stores into folders of its own.
 */
const PORT = Number(process.env.SAMKART_E2E_PORT ?? 4317)
/** A fresh data folder per run, so tests never see boards from an earlier run. */
const DATA_DIR = join(tmpdir(), `samkart-e2e-data-${PORT}`)
/** The app is built here, not in dist/, so a test run never races a developer's build. */
const WEB_DIR = join(tmpdir(), `samkart-e2e-web-${PORT}`)
const CI = Boolean(process.env.CI)

export default defineConfig({
  testDir: './e2e',
  // Several tests drive three browser contexts on two cores; 30 s was too tight for them
  // when the machine is busy (a presence test timed out mid-run in CI, then passed on retry),
  // and 60 s on a machine 2.5× slower than usual (the whole suite took 20 min, not 8, and two
  // three-person tests that take 35–40 s alone ran out of time beside another test).
  timeout: 120_000,
  // Waiting, not what is expected: on that slower machine a second participant's tab once took
  // over 10 s to connect while the other worker drove three browsers (the test passes alone).
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 2,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  reporter: CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Every participant in a test has been asked for a name before (as a returning user), so
    // the one-time «Hva heter du?» dialog does not stand in front of what a test does; the
    // test of that dialog starts from an empty browser instead (presence.spec.ts).
    storageState: {
      cookies: [],
      origins: [
        {
          origin: `http://127.0.0.1:${PORT}`,
          localStorage: [{ name: 'samkart.presence.asked', value: '1' }],
        },
      ],
    },
    viewport: { width: 1366, height: 860 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browser on these machines.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // Build the app, then serve it with the real server (API + sync + static files) on one port.
    command: `pnpm exec vite build --outDir "${WEB_DIR}" --emptyOutDir && rm -rf "${DATA_DIR}" && pnpm --filter @samkart/server start`,
    env: {
      SAMKART_PORT: String(PORT),
      SAMKART_HOST: '127.0.0.1',
      SAMKART_DATA_DIR: DATA_DIR,
      SAMKART_STATIC_DIR: WEB_DIR,
      SAMKART_LOG_LEVEL: 'warn',
    },
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: !CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
