import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG, DEFAULT_STATIC_DIR, OPTIONS, loadConfig, usage } from './config'

const load = (argv: string[], env: Record<string, string> = {}) => loadConfig(argv, env, '/srv/app')

describe('loadConfig', () => {
  it('uses the documented defaults, resolving the data folder against the base folder', () => {
    expect(load([])).toEqual({
      ok: true,
      config: { ...DEFAULT_CONFIG, dataDir: '/srv/app/data', staticDir: DEFAULT_STATIC_DIR },
    })
    expect(DEFAULT_CONFIG).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      maxMessageBytes: 4 * 1024 * 1024,
      unloadGraceMs: 30_000,
      compactEvery: 500,
      logLevel: 'info',
      sqliteSync: 'normal',
      access: 'tokens',
      create: 'open',
      adminToken: '',
      maxConnections: 2000,
      maxConnectionsPerBoard: 200,
      messagesPerSecond: 100,
      awarenessPerSecond: 20,
      maxEntities: 5000,
      workQueue: 8,
      duplicate: 'facilitator',
    })
    expect(DEFAULT_CONFIG.workers).toBeGreaterThanOrEqual(1)
    expect(DEFAULT_STATIC_DIR.replace(/\\/g, '/')).toMatch(/apps\/web\/dist$/)
  })

  it('reads SAMKART_* variables, and flags win over them', () => {
    const env = {
      SAMKART_HOST: '0.0.0.0',
      SAMKART_PORT: '8080',
      SAMKART_DATA_DIR: '/var/lib/samkart',
      SAMKART_STATIC_DIR: 'web',
      SAMKART_MAX_MESSAGE_BYTES: '1048576',
      SAMKART_UNLOAD_GRACE_MS: '5000',
      SAMKART_COMPACT_EVERY: '100',
      SAMKART_LOG_LEVEL: 'WARN',
      SAMKART_SQLITE_SYNC: 'FULL',
      SAMKART_JOURNAL_FLUSH_MS: '250',
      SAMKART_ACCESS: 'open',
      SAMKART_CREATE: 'admin',
      SAMKART_ADMIN_TOKEN: 'a-long-admin-secret',
      SAMKART_MAX_CONNECTIONS: '500',
      SAMKART_MAX_CONNECTIONS_PER_BOARD: '50',
      SAMKART_MESSAGES_PER_SECOND: '30',
      SAMKART_AWARENESS_PER_SECOND: '5',
      SAMKART_MAX_ENTITIES: '2000',
      SAMKART_WORKERS: '3',
      SAMKART_WORK_QUEUE: '0',
      SAMKART_DUPLICATE: 'Editor',
      SAMKART_CHECKPOINT_MINUTES: '0',
      SAMKART_VERSIONS_KEEP_ALL_HOURS: '48',
      SAMKART_VERSIONS_KEEP_DAYS: '30',
      SAMKART_HISTORY_VIEWERS: 'yes',
      SAMKART_DATABASE_URL: 'postgresql://db/samkart',
      SAMKART_REDIS_URL: 'rediss://cache:6380',
    }
    expect(load([], env)).toEqual({
      ok: true,
      config: {
        host: '0.0.0.0',
        port: 8080,
        dataDir: '/var/lib/samkart',
        staticDir: '/srv/app/web',
        maxMessageBytes: 1048576,
        unloadGraceMs: 5000,
        compactEvery: 100,
        logLevel: 'warn',
        sqliteSync: 'full',
        journalFlushMs: 250,
        access: 'open',
        create: 'admin',
        adminToken: 'a-long-admin-secret',
        maxConnections: 500,
        maxConnectionsPerBoard: 50,
        messagesPerSecond: 30,
        awarenessPerSecond: 5,
        maxEntities: 2000,
        workers: 3,
        workQueue: 0,
        duplicate: 'editor',
        checkpointMinutes: 0,
        versionsKeepAllHours: 48,
        versionsKeepDays: 30,
        historyViewers: 'yes',
        databaseUrl: 'postgresql://db/samkart',
        redisUrl: 'rediss://cache:6380',
      },
    })
    const flags = load(['--port', '9090', '--data-dir=./other', '--log-level', 'debug'], env)
    expect(flags).toMatchObject({
      ok: true,
      config: { port: 9090, dataDir: '/srv/app/other', logLevel: 'debug', host: '0.0.0.0' },
    })
  })

  it('treats an empty variable as unset', () => {
    expect(load([], { SAMKART_PORT: '' })).toMatchObject({ ok: true, config: { port: 3000 } })
  })

  it('refuses invalid values and unknown flags with a message naming the culprit', () => {
    expect(load([], { SAMKART_PORT: 'abc' })).toEqual({
      ok: false,
      error: 'SAMKART_PORT must be an integer 0–65535 (got "abc")',
    })
    expect(load(['--port', '70000'])).toMatchObject({ ok: false, error: /--port/ })
    expect(load([], { SAMKART_MAX_MESSAGE_BYTES: '-1' })).toMatchObject({ ok: false })
    expect(load([], { SAMKART_COMPACT_EVERY: '0' })).toMatchObject({ ok: false })
    expect(load([], { SAMKART_UNLOAD_GRACE_MS: '1.5' })).toMatchObject({ ok: false })
    expect(load([], { SAMKART_LOG_LEVEL: 'loud' })).toMatchObject({ ok: false })
    expect(load(['--verbose'])).toMatchObject({ ok: false, error: /verbose/ })
    expect(load([], { SAMKART_ACCESS: 'none' })).toMatchObject({
      ok: false,
      error: /SAMKART_ACCESS/,
    })
    expect(load([], { SAMKART_MAX_CONNECTIONS_PER_BOARD: '0' })).toMatchObject({ ok: false })
    expect(load(['--messages-per-second', 'fast'])).toMatchObject({ ok: false })
    expect(load([], { SAMKART_MAX_ENTITIES: '0' })).toMatchObject({ ok: false })
    expect(load([], { SAMKART_WORKERS: '0' })).toMatchObject({ ok: false, error: /WORKERS/ })
    expect(load(['--duplicate', 'viewer'])).toMatchObject({ ok: false, error: /--duplicate/ })
    expect(load(['extra'])).toMatchObject({ ok: false })
  })

  it('never echoes an admin token, and refuses one that is short or missing when needed', () => {
    const short = load([], { SAMKART_ADMIN_TOKEN: 'hemmelig' })
    expect(short).toEqual({
      ok: false,
      error: 'SAMKART_ADMIN_TOKEN must be a secret of at least 16 characters',
    })
    expect(load(['--create', 'admin'])).toMatchObject({ ok: false, error: /SAMKART_ADMIN_TOKEN/ })
    expect(load(['--create', 'admin', '--admin-token', 'another-long-secret'])).toMatchObject({
      ok: true,
      config: { create: 'admin', adminToken: 'another-long-secret' },
    })
    expect(usage()).not.toContain('another-long-secret')
  })

  it('selects PostgreSQL and Redis by URL, never echoing one (it may hold a password)', () => {
    expect(DEFAULT_CONFIG).toMatchObject({ databaseUrl: '', redisUrl: '' })
    const both = {
      SAMKART_DATABASE_URL: 'postgres://samkart:pw@db:5432/samkart',
      SAMKART_REDIS_URL: 'redis://cache:6379',
    }
    expect(load([], both)).toMatchObject({ ok: true, config: { redisUrl: 'redis://cache:6379' } })
    expect(load([], { SAMKART_DATABASE_URL: 'mysql://user:pw@db/x' })).toEqual({
      ok: false,
      error: 'SAMKART_DATABASE_URL must be a postgres:// URL',
    })
    // Instances cannot share boards that each keeps in its own SQLite file.
    expect(load([], { SAMKART_REDIS_URL: 'redis://cache:6379' })).toMatchObject({
      ok: false,
      error: /needs SAMKART_DATABASE_URL/,
    })
  })

  it('answers --help with a usage text listing every variable', () => {
    expect(load(['--help'])).toEqual({ ok: true, help: true })
    for (const name of ['SAMKART_HOST', 'SAMKART_PORT', 'SAMKART_DATA_DIR', 'SAMKART_LOG_LEVEL'])
      expect(usage()).toContain(name)
  })
})

describe('README', () => {
  it('documents every flag and variable in its config table', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    for (const option of OPTIONS) expect(readme).toMatch(`| \`--${option.flag}\``)
    for (const option of OPTIONS) expect(readme).toContain(`\`${option.env}\``)
  })
})
