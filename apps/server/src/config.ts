import { availableParallelism } from 'node:os'
import { isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import {
  ACCESS_MODES,
  type AccessMode,
  CREATE_MODES,
  type CreateMode,
} from './access/AccessControl'
import { LOG_LEVELS, type LogLevel } from './log'

/** How hard SQLite pushes each commit to the disk; see the README for the trade-off. */
export const SQLITE_SYNC_MODES = ['full', 'normal'] as const
export type SqliteSyncMode = (typeof SQLITE_SYNC_MODES)[number]

/** Everything the server can be configured with. */
export interface ServerConfig {
  host: string
  /** 0 picks a free port (tests). */
  port: number
  /** Folder for `samkart.sqlite`; created on first start. Absolute after {@link loadConfig}. */
  dataDir: string
  /** The built web app (`apps/web/dist`). Absolute after {@link loadConfig}. */
  staticDir: string
  /** Largest WebSocket message accepted; bigger ones close the connection with 1009. */
  maxMessageBytes: number
  /** How long a board stays in memory after its last client left. */
  unloadGraceMs: number
  /** Appended updates after which a board's log is folded into one snapshot. */
  compactEvery: number
  logLevel: LogLevel
  sqliteSync: SqliteSyncMode
  /**
   * How long updates wait in the journal (`<data>/journal/`, where each is durable) before
   * they are moved into SQLite in one batch.
   */
  journalFlushMs: number
  /** `tokens`: share-link tokens are checked; `open`: no checks (local experiments, benchmarks). */
  access: AccessMode
  /** Who may create boards: anyone (`open`) or holders of {@link ServerConfig.adminToken}. */
  create: CreateMode
  /** Secret for creating boards when `create` is `admin` and for listing all boards; `''`: none. */
  adminToken: string
  /** Open WebSocket connections in total; the next one is closed with 4509 `server_full`. */
  maxConnections: number
  /** Open WebSocket connections per board; the next one is closed with 4508 `board_full`. */
  maxConnectionsPerBoard: number
  /** Messages per second per connection (bursts of twice that); over: `CloseCode.RateLimited` (`rate_limited`). */
  messagesPerSecond: number
  /** Awareness updates per second per connection (bursts of twice that); over: `CloseCode.RateLimited`. */
  awarenessPerSecond: number
  /**
   * The most entities of each kind (actors, relations, journeys, phases, touchpoints) a board
   * may hold: an import over it is refused with `400 too_many_entities`, a client's update
   * that adds past it with `CloseCode.RejectedUpdate`.
   */
  maxEntities: number
  /** Worker threads for heavy request work (imports, duplicates), off the event loop. */
  workers: number
  /** Heavy requests that may wait for a worker; the next is answered `503 server_busy`. */
  workQueue: number
  /** Who may duplicate a board: `facilitator` (the default) or `editor` (and facilitators). */
  duplicate: DuplicateRole
  /**
   * Minutes of editing after which the server stores an automatic version of a board (at the
   * next edit); 0: only when the last participant leaves.
   */
  checkpointMinutes: number
  /** Automatic versions younger than this many hours are all kept. */
  versionsKeepAllHours: number
  /** Older automatic versions: the newest of each day is kept until this many days old. */
  versionsKeepDays: number
  /** Whether viewers may browse a board's version history (`yes`) or not (`no`, the default). */
  historyViewers: HistoryViewers
  /**
   * `postgres://…`: boards, logs, snapshots, versions, links and the token secret live in this
   * PostgreSQL database instead of `<dataDir>/samkart.sqlite`; `''`: the embedded SQLite store.
   */
  databaseUrl: string
  /**
   * `redis://…`: instances sharing {@link ServerConfig.databaseUrl} relay edits, presence and
   * control messages through this Redis; `''`: this instance is alone.
   */
  redisUrl: string
}

/** Values of {@link ServerConfig.historyViewers}. */
export const HISTORY_VIEWERS = ['no', 'yes'] as const
export type HistoryViewers = (typeof HISTORY_VIEWERS)[number]

/**
 * The roles {@link ServerConfig.duplicate} can name. A copy carries all of a board's content
 * and makes its maker facilitator of it, so by default only facilitators may make one.
 */
export const DUPLICATE_ROLES = ['facilitator', 'editor'] as const
export type DuplicateRole = (typeof DUPLICATE_ROLES)[number]

/** Shortest admin token accepted: anything shorter can be guessed. */
export const ADMIN_TOKEN_MIN_LENGTH = 16

/** `apps/web/dist`, found from this file so it works whatever the working directory is. */
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url))

/** Defaults; `dataDir` is relative to where the command was typed (see {@link loadConfig}). */
export const DEFAULT_CONFIG: ServerConfig = {
  host: '127.0.0.1',
  port: 3000,
  dataDir: './data',
  staticDir: DEFAULT_STATIC_DIR,
  maxMessageBytes: 4 * 1024 * 1024,
  unloadGraceMs: 30_000,
  compactEvery: 500,
  logLevel: 'info',
  sqliteSync: 'normal',
  journalFlushMs: 100,
  access: 'tokens',
  create: 'open',
  adminToken: '',
  maxConnections: 2000,
  maxConnectionsPerBoard: 200,
  messagesPerSecond: 100,
  awarenessPerSecond: 20,
  maxEntities: 5000,
  // One core stays with the event loop; more than four rarely helps a single server.
  workers: Math.max(1, Math.min(4, availableParallelism() - 1)),
  workQueue: 8,
  duplicate: 'facilitator',
  checkpointMinutes: 10,
  versionsKeepAllHours: 24,
  versionsKeepDays: 90,
  historyViewers: 'no',
  databaseUrl: '',
  redisUrl: '',
}

interface Option {
  key: keyof ServerConfig
  flag: string
  env: string
  parse: (raw: string) => string | number | undefined
  expect: string
  /** Never echo the value: an error message or log would leak it. */
  secret?: true
}

const integer = (min: number, max: number) => (raw: string) => {
  if (!/^\d+$/.test(raw.trim())) return undefined
  const n = Number(raw.trim())
  return n >= min && n <= max ? n : undefined
}
const oneOf = (values: readonly string[]) => (raw: string) => {
  const v = raw.trim().toLowerCase()
  return values.includes(v) ? v : undefined
}
const text = (raw: string) => (raw.trim() === '' ? undefined : raw.trim())
const url = (schemes: readonly string[]) => (raw: string) => {
  const value = raw.trim()
  try {
    return schemes.includes(new URL(value).protocol) ? value : undefined
  } catch {
    return undefined
  }
}
const secretText = (raw: string) =>
  raw.trim().length >= ADMIN_TOKEN_MIN_LENGTH ? raw.trim() : undefined

/** Every setting, its flag and its environment variable: the README table mirrors this list. */
export const OPTIONS: readonly Option[] = [
  { key: 'host', flag: 'host', env: 'SAMKART_HOST', parse: text, expect: 'a host name or IP' },
  {
    key: 'port',
    flag: 'port',
    env: 'SAMKART_PORT',
    parse: integer(0, 65535),
    expect: 'an integer 0–65535',
  },
  { key: 'dataDir', flag: 'data-dir', env: 'SAMKART_DATA_DIR', parse: text, expect: 'a path' },
  {
    key: 'staticDir',
    flag: 'static-dir',
    env: 'SAMKART_STATIC_DIR',
    parse: text,
    expect: 'a path',
  },
  {
    key: 'maxMessageBytes',
    flag: 'max-message-bytes',
    env: 'SAMKART_MAX_MESSAGE_BYTES',
    parse: integer(1024, 1024 * 1024 * 1024),
    expect: 'an integer 1024–1073741824',
  },
  {
    key: 'unloadGraceMs',
    flag: 'unload-grace-ms',
    env: 'SAMKART_UNLOAD_GRACE_MS',
    parse: integer(0, 24 * 60 * 60 * 1000),
    expect: 'an integer 0–86400000',
  },
  {
    key: 'compactEvery',
    flag: 'compact-every',
    env: 'SAMKART_COMPACT_EVERY',
    parse: integer(1, 1_000_000),
    expect: 'an integer 1–1000000',
  },
  {
    key: 'logLevel',
    flag: 'log-level',
    env: 'SAMKART_LOG_LEVEL',
    parse: oneOf(LOG_LEVELS),
    expect: LOG_LEVELS.join(' | '),
  },
  {
    key: 'sqliteSync',
    flag: 'sqlite-sync',
    env: 'SAMKART_SQLITE_SYNC',
    parse: oneOf(SQLITE_SYNC_MODES),
    expect: SQLITE_SYNC_MODES.join(' | '),
  },
  {
    key: 'journalFlushMs',
    flag: 'journal-flush-ms',
    env: 'SAMKART_JOURNAL_FLUSH_MS',
    parse: integer(1, 60_000),
    expect: 'an integer 1–60000',
  },
  {
    key: 'access',
    flag: 'access',
    env: 'SAMKART_ACCESS',
    parse: oneOf(ACCESS_MODES),
    expect: ACCESS_MODES.join(' | '),
  },
  {
    key: 'create',
    flag: 'create',
    env: 'SAMKART_CREATE',
    parse: oneOf(CREATE_MODES),
    expect: CREATE_MODES.join(' | '),
  },
  {
    key: 'adminToken',
    flag: 'admin-token',
    env: 'SAMKART_ADMIN_TOKEN',
    parse: secretText,
    expect: `a secret of at least ${ADMIN_TOKEN_MIN_LENGTH} characters`,
    secret: true,
  },
  {
    key: 'maxConnections',
    flag: 'max-connections',
    env: 'SAMKART_MAX_CONNECTIONS',
    parse: integer(1, 1_000_000),
    expect: 'an integer 1–1000000',
  },
  {
    key: 'maxConnectionsPerBoard',
    flag: 'max-connections-per-board',
    env: 'SAMKART_MAX_CONNECTIONS_PER_BOARD',
    parse: integer(1, 1_000_000),
    expect: 'an integer 1–1000000',
  },
  {
    key: 'messagesPerSecond',
    flag: 'messages-per-second',
    env: 'SAMKART_MESSAGES_PER_SECOND',
    parse: integer(1, 1_000_000),
    expect: 'an integer 1–1000000',
  },
  {
    key: 'awarenessPerSecond',
    flag: 'awareness-per-second',
    env: 'SAMKART_AWARENESS_PER_SECOND',
    parse: integer(1, 1_000_000),
    expect: 'an integer 1–1000000',
  },
  {
    key: 'maxEntities',
    flag: 'max-entities',
    env: 'SAMKART_MAX_ENTITIES',
    parse: integer(1, 1_000_000),
    expect: 'an integer 1–1000000',
  },
  {
    key: 'workers',
    flag: 'workers',
    env: 'SAMKART_WORKERS',
    parse: integer(1, 64),
    expect: 'an integer 1–64',
  },
  {
    key: 'workQueue',
    flag: 'work-queue',
    env: 'SAMKART_WORK_QUEUE',
    parse: integer(0, 10_000),
    expect: 'an integer 0–10000',
  },
  {
    key: 'duplicate',
    flag: 'duplicate',
    env: 'SAMKART_DUPLICATE',
    parse: oneOf(DUPLICATE_ROLES),
    expect: DUPLICATE_ROLES.join(' | '),
  },
  {
    key: 'checkpointMinutes',
    flag: 'checkpoint-minutes',
    env: 'SAMKART_CHECKPOINT_MINUTES',
    parse: integer(0, 24 * 60),
    expect: 'an integer 0–1440',
  },
  {
    key: 'versionsKeepAllHours',
    flag: 'versions-keep-all-hours',
    env: 'SAMKART_VERSIONS_KEEP_ALL_HOURS',
    parse: integer(0, 24 * 365),
    expect: 'an integer 0–8760',
  },
  {
    key: 'versionsKeepDays',
    flag: 'versions-keep-days',
    env: 'SAMKART_VERSIONS_KEEP_DAYS',
    parse: integer(1, 36_500),
    expect: 'an integer 1–36500',
  },
  {
    key: 'historyViewers',
    flag: 'history-viewers',
    env: 'SAMKART_HISTORY_VIEWERS',
    parse: oneOf(HISTORY_VIEWERS),
    expect: HISTORY_VIEWERS.join(' | '),
  },
  {
    key: 'databaseUrl',
    flag: 'database-url',
    env: 'SAMKART_DATABASE_URL',
    parse: url(['postgres:', 'postgresql:']),
    expect: 'a postgres:// URL',
    // It may carry a password.
    secret: true,
  },
  {
    key: 'redisUrl',
    flag: 'redis-url',
    env: 'SAMKART_REDIS_URL',
    parse: url(['redis:', 'rediss:']),
    expect: 'a redis:// or rediss:// URL',
    secret: true,
  },
]

/** Outcome of {@link loadConfig}: a config, a request for help, or an error for the user. */
export type ConfigResult =
  { ok: true; config: ServerConfig } | { ok: true; help: true } | { ok: false; error: string }

/**
 * Reads the configuration from flags (which win) and `SAMKART_*` environment variables, on top
 * of {@link DEFAULT_CONFIG}. Relative paths are resolved against `baseDir`: main passes
 * `INIT_CWD` (set by pnpm to the folder the command was typed in) so `pnpm start` at the repo
 * root keeps data in `<repo>/data`, not in `apps/server/data` where pnpm runs the script.
 */
export function loadConfig(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  baseDir: string,
): ConfigResult {
  let flags: Record<string, string | boolean | undefined>
  try {
    const options: Record<string, { type: 'string' | 'boolean' }> = { help: { type: 'boolean' } }
    for (const option of OPTIONS) options[option.flag] = { type: 'string' }
    flags = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values
  } catch (err) {
    return { ok: false, error: (err as Error).message }
  }
  if (flags.help) return { ok: true, help: true }

  const config: Record<string, unknown> = { ...DEFAULT_CONFIG }
  for (const option of OPTIONS) {
    const fromFlag = flags[option.flag]
    const raw = typeof fromFlag === 'string' ? fromFlag : env[option.env]
    if (raw === undefined || (raw === '' && typeof fromFlag !== 'string')) continue
    const value = option.parse(raw)
    if (value === undefined) {
      const source = typeof fromFlag === 'string' ? `--${option.flag}` : option.env
      const got = option.secret ? '' : ` (got ${JSON.stringify(raw)})`
      return { ok: false, error: `${source} must be ${option.expect}${got}` }
    }
    config[option.key] = value
  }
  const result = config as unknown as ServerConfig
  if (result.create === 'admin' && result.adminToken === '')
    return {
      ok: false,
      error: 'SAMKART_CREATE=admin (--create admin) needs SAMKART_ADMIN_TOKEN (--admin-token)',
    }
  if (result.redisUrl !== '' && result.databaseUrl === '')
    return {
      ok: false,
      error:
        'SAMKART_REDIS_URL (--redis-url) needs SAMKART_DATABASE_URL (--database-url): instances can only share boards stored in PostgreSQL',
    }
  const absolute = (p: string) => (isAbsolute(p) ? p : resolve(baseDir, p))
  return {
    ok: true,
    config: { ...result, dataDir: absolute(result.dataDir), staticDir: absolute(result.staticDir) },
  }
}

/** Usage text for `--help`, generated from {@link OPTIONS} so it cannot drift. */
export function usage(): string {
  const lines = ['Usage: samkart-server [options]', '', 'Options (flag, environment variable):']
  for (const o of OPTIONS) {
    const fallback = DEFAULT_CONFIG[o.key] === '' ? 'none' : String(DEFAULT_CONFIG[o.key])
    lines.push(`  --${o.flag.padEnd(26)} ${o.env.padEnd(34)} ${o.expect} (default ${fallback})`)
  }
  lines.push(`  --${'help'.padEnd(26)} ${''.padEnd(34)} show this text`)
  return lines.join('\n')
}
