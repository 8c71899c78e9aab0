import { execFileSync, spawn } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { waitFor } from './waitFor'

/**
 * Throw-away PostgreSQL and Redis servers for tests: real servers in temporary folders on free
 * ports, started by the test itself and stopped after it, so no test depends on a service
 * that happens to be running. PostgreSQL refuses to run as root: as root, it runs as the
 * `postgres` user (Debian's package creates it).
 */
export interface PostgresService {
  /** `postgres://…/postgres`: the maintenance database. */
  url: string
  /** Creates an empty database and returns its URL. */
  createDatabase(): Promise<string>
  stop(): Promise<void>
}

export interface RedisService {
  url: string
  stop(): Promise<void>
}

/** A free TCP port on 127.0.0.1 (free when asked; taken by whoever binds it next). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** PostgreSQL's server programs: `SAMKART_PG_BIN`, Debian's layout, or `pg_config --bindir`. */
function postgresBinDir(): string {
  const candidates: string[] = []
  if (process.env.SAMKART_PG_BIN) candidates.push(process.env.SAMKART_PG_BIN)
  const debian = '/usr/lib/postgresql'
  if (existsSync(debian))
    for (const version of readdirSync(debian).sort((a, b) => Number(b) - Number(a)))
      candidates.push(join(debian, version, 'bin'))
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim())
  } catch {
    // no pg_config on PATH
  }
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')))
  if (!found)
    throw new Error(
      'PostgreSQL is not installed: the tests start their own server and need initdb and ' +
        'pg_ctl (Debian: apt-get install postgresql; or set SAMKART_PG_BIN to their folder)',
    )
  return found
}

const isRoot = () => process.getuid?.() === 0

/** Runs a PostgreSQL program, as `postgres` when this process is root. */
function runPg(program: string, args: string[]): void {
  const [command, argv] = isRoot()
    ? ['runuser', ['-u', 'postgres', '--', program, ...args]]
    : [program, args]
  execFileSync(command, argv, { stdio: 'pipe' })
}

/** Starts a PostgreSQL server (no fsync: a test's data need not survive power loss). */
export async function startPostgres(): Promise<PostgresService> {
  const bin = postgresBinDir()
  const dir = mkdtempSync(join(tmpdir(), 'samkart-pg-'))
  if (isRoot()) {
    try {
      chownSync(dir, userId('postgres'), groupId('postgres'))
    } catch (err) {
      rmSync(dir, { recursive: true, force: true })
      throw err
    }
  }
  const data = join(dir, 'data')
  const port = await freePort()
  try {
    runPg(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8'])
    runPg(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
      'start',
    ])
  } catch (err) {
    rmSync(dir, { recursive: true, force: true })
    throw new Error(`PostgreSQL did not start: ${describe(err)}`)
  }
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`
  let made = 0
  return {
    url,
    createDatabase: async () => {
      const name = `samkart_test_${++made}`
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        await client.query(`CREATE DATABASE ${name}`)
      } finally {
        await client.end()
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`
    },
    stop: async () => {
      try {
        runPg(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}

/** Starts a Redis server without persistence (the tests' relays need none). */
export async function startRedis(): Promise<RedisService> {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'pipe' })
  } catch {
    throw new Error(
      'redis-server is not installed: the tests start their own (Debian: apt-get install redis-server)',
    )
  }
  const dir = mkdtempSync(join(tmpdir(), 'samkart-redis-'))
  const port = await freePort()
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  await waitFor(() => output.includes('Ready to accept connections') || child.exitCode !== null, {
    timeoutMs: 15_000,
    what: 'redis-server to start',
  })
  if (child.exitCode !== null) throw new Error(`redis-server did not start: ${output}`)
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGKILL')
      await exited
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

function userId(name: string): number {
  try {
    return Number(execFileSync('id', ['-u', name], { stdio: 'pipe', encoding: 'utf8' }).trim())
  } catch {
    throw new Error(
      `PostgreSQL refuses to run as root, and there is no "${name}" user to run it as ` +
        "(Debian's postgresql package creates it); run the tests as another user or create it",
    )
  }
}
function groupId(name: string): number {
  return Number(execFileSync('id', ['-g', name], { stdio: 'pipe', encoding: 'utf8' }).trim())
}
function describe(err: unknown): string {
  const stderr = (err as { stderr?: Buffer }).stderr?.toString()
  return stderr || (err instanceof Error ? err.message : String(err))
}

let pgStarted: Promise<PostgresService> | null = null
let redisStarted: Promise<RedisService> | null = null

/** One PostgreSQL server for the test file, started on first use (each test makes databases). */
export function sharedPostgres(): Promise<PostgresService> {
  return (pgStarted ??= startPostgres())
}

/** One Redis server for the test file, started on first use. */
export function sharedRedis(): Promise<RedisService> {
  return (redisStarted ??= startRedis())
}

/** Stops what {@link sharedPostgres} and {@link sharedRedis} started; call from `afterAll`. */
export async function stopSharedServices(): Promise<void> {
  const started = [pgStarted, redisStarted]
  pgStarted = redisStarted = null
  for (const service of started) await (await service?.catch(() => undefined))?.stop()
}
