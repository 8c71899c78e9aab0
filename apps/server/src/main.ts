#!/usr/bin/env node
/**
 * Entry point: `pnpm start` (built web app + this server on one port) or `pnpm dev` (watch).
 * Reads the config, starts the server, prints where it runs, and stops cleanly on SIGTERM or
 * SIGINT so every board is compacted and the database closed.
 */
import { loadConfig, usage } from './config'
import { createServer } from './createServer'
import { createLogger } from './log'

const result = loadConfig(process.argv.slice(2), process.env, process.env.INIT_CWD ?? process.cwd())
if (!result.ok) {
  console.error(`Ugyldig oppsett / Invalid configuration: ${result.error}\n\n${usage()}`)
  process.exit(1)
}
if ('help' in result) {
  console.log(usage())
  process.exit(0)
}
const config = result.config
const logger = createLogger(config.logLevel)

let server: Awaited<ReturnType<typeof createServer>>
try {
  server = await createServer({ ...config, logger })
} catch (err) {
  const message = err instanceof Error ? err.message : String(err)
  console.error(`Samkart kunne ikke starte / Samkart could not start: ${message}`)
  process.exit(1)
}

console.log(`Samkart kjører på ${server.url} / Samkart is running at ${server.url}`)
if (!server.hasWebApp)
  console.log(
    `Fant ikke nettappen i ${config.staticDir}: kjør pnpm build. API og WebSocket virker. / ` +
      `No web app in ${config.staticDir}: run pnpm build. The API and WebSocket work.`,
  )
logger.info('data folder', { dataDir: config.dataDir })

// A bug that leaves a promise rejection unhandled should be logged, not end every session.
process.on('unhandledRejection', (reason) =>
  logger.error('unhandled rejection', { error: String(reason) }),
)

let stopping = false
const stop = (signal: string) => {
  if (stopping) {
    // A second Ctrl-C means "now": the data is safe, since every update is on disk already.
    process.exit(1)
  }
  stopping = true
  logger.info('stopping', { signal })
  const force = setTimeout(() => {
    logger.error('shutdown took over 10 s; exiting anyway')
    process.exit(1)
  }, 10_000)
  force.unref()
  server.close().then(
    () => process.exit(0),
    (err: unknown) => {
      logger.error('shutdown failed', { error: String(err) })
      process.exit(1)
    },
  )
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
