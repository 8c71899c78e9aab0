import { existsSync } from 'node:fs'
import { createServer as createHttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { WebSocketServer } from 'ws'
import { AccessControl } from './access/AccessControl'
import type { LinkStore } from './access/LinkStore'
import { TokenSigner } from './access/TokenSigner'
import { DEFAULT_CONFIG, type ServerConfig } from './config'
import { Cluster } from './cluster/Cluster'
import { ClusterCounts } from './cluster/ClusterCounts'
import { VersionKeeper } from './history/VersionKeeper'
import { createRequestHandler } from './http/createRequestHandler'
import { ConnectionLimits } from './limits/ConnectionLimits'
import { type Logger, createLogger } from './log'
import { openStores } from './storage/openStorage'
import type { Storage } from './storage/Storage'
import { BoardRooms, type BoardRoomsOptions } from './sync/BoardRooms'
import { createUpgradeHandler } from './sync/handleUpgrade'
import { LiveGrants } from './sync/LiveGrants'
import type { HeavyJob, HeavyOutcome } from './work/HeavyJob'
import { heavyWorkerScript } from './work/workerScript'
import { WorkerPool } from './work/WorkerPool'
import { RegistryIndex } from './registry/RegistryIndex'
import { Votes } from './votes/Votes'

/** The longest a heavy request (an import, a duplicate) may run on its worker thread. */
export const WORK_TIMEOUT_MS = 60_000
/** Beside PostgreSQL, how late a vote started through a stopped instance may close. */
export const VOTE_POLL_MS = 30_000
/** V8 heap of each worker thread; an import needing more fails with `503 work_failed`. */
export const WORKER_HEAP_MB = 1024

/** Options of {@link createServer}: any config value, plus seams for tests. */
export interface CreateServerOptions extends Partial<ServerConfig> {
  /** Defaults to a logger at `logLevel`. */
  logger?: Logger
  /** Defaults to `SqliteStorage` in `dataDir`; closed by `close()` either way. */
  storage?: Storage
  /** Defaults to `SqliteLinkStore` in `dataDir`'s database; closed by `close()` either way. */
  links?: LinkStore
  /** Keep-alive ping interval; 30 s. A peer silent for two intervals is dropped. */
  pingIntervalMs?: number
  /** Replaces `migrateBoard` (tests of the migration path). */
  migrate?: BoardRoomsOptions['migrate']
  /** The clock versions are stamped and thinned by (tests of retention), votes and the timer by. */
  now?: () => Date
  /** How often instances share their connection counts through Redis; 2 s. */
  countsIntervalMs?: number
  /** Beside PostgreSQL, how often to look for votes past their end time; {@link VOTE_POLL_MS}. */
  votePollMs?: number
}

/** A running server. */
export interface SamkartServer {
  /** `http://host:port`, with the real port when started on port 0. */
  url: string
  /** `ws://host:port/ws`: pass to `new WebsocketProvider(wsUrl, boardId, doc)`. */
  wsUrl: string
  host: string
  port: number
  /** Whether the static dir holds a built web app (`index.html`) at start. */
  hasWebApp: boolean
  /** Ids of the boards now loaded in memory. */
  loadedBoards(): string[]
  /**
   * Graceful stop: refuses new connections, closes clients (1001), finishes queued work,
   * compacts every loaded board and closes storage. Safe to call more than once.
   */
  close(): Promise<void>
}

/**
 * Starts the Samkart server: the JSON API, the built web app and the y-websocket endpoint, on
 * one port. Resolves once it listens.
 */
export async function createServer(options: CreateServerOptions = {}): Promise<SamkartServer> {
  const {
    logger: _logger,
    storage: _storage,
    links: _links,
    pingIntervalMs,
    migrate,
    now: _now,
    countsIntervalMs,
    votePollMs,
    ...overrides
  } = options
  const config: ServerConfig = { ...DEFAULT_CONFIG, ...stripUndefined(overrides) }
  const logger = options.logger ?? createLogger(config.logLevel)
  const { storage, links, votes: voteStore, secret } = await openStores(config, logger, options)
  const access = new AccessControl({
    mode: config.access,
    create: config.create,
    adminToken: config.adminToken,
    signer: new TokenSigner(secret),
    links,
    boardExists: async (id) => (await storage.getBoard(id)) !== undefined,
  })
  let cluster: Cluster | undefined
  try {
    cluster = config.redisUrl === '' ? undefined : await Cluster.connect(config.redisUrl, logger)
  } catch (err) {
    await voteStore.close()
    await links.close()
    await storage.close()
    throw err
  }
  const grants = new LiveGrants(logger)
  access.onRevoked = (linkId) => {
    grants.revoke(linkId)
    cluster?.publish({ type: 'link-revoked', link: linkId })
  }
  if (config.access === 'open')
    logger.warn('access is open: share-link tokens are not checked, everyone is facilitator')
  const work = new WorkerPool<HeavyJob, HeavyOutcome>({
    script: heavyWorkerScript(),
    size: config.workers,
    queue: config.workQueue,
    // A 5,000-per-kind import takes a few seconds; a minute means something is wrong.
    timeoutMs: WORK_TIMEOUT_MS,
    heapMb: WORKER_HEAP_MB,
    idleMs: 60_000,
    logger,
  })
  const versions = new VersionKeeper({
    storage,
    logger,
    checkpointMinutes: config.checkpointMinutes,
    retention: { keepAllHours: config.versionsKeepAllHours, keepDays: config.versionsKeepDays },
    now: options.now,
    summarise: async (before, after) => {
      const outcome = await work.run({ type: 'summarise-version', before, after })
      if (!('summary' in outcome)) throw new Error('the summary job answered with something else')
      return outcome.summary
    },
  })
  const rooms = new BoardRooms({
    storage,
    onChanged: (room) => versions.noteChange(room),
    onIdle: (room) => versions.noteIdle(room),
    logger,
    compactEvery: config.compactEvery,
    unloadGraceMs: config.unloadGraceMs,
    maxEntities: config.maxEntities,
    // Many clients of a board may each have a message of the largest size waiting; more than
    // eight of them at once means the board cannot keep up, and clients should come back later.
    maxQueuedBytes: 8 * config.maxMessageBytes,
    migrate,
    cluster,
  })
  // The clock votes close by and the timer runs on (a test may set it, as for versions).
  const serverNow = options.now ? () => options.now!().getTime() : () => Date.now()
  const votes = new Votes(
    voteStore,
    rooms,
    logger,
    serverNow,
    config.databaseUrl === '' ? null : (votePollMs ?? VOTE_POLL_MS),
  )
  if (cluster) {
    cluster.onControl = (message) => {
      switch (message.type) {
        case 'board-deleted':
          void rooms.deletedElsewhere(message.board)
          return
        case 'link-revoked':
          grants.revoke(message.link)
          return
        default: {
          const unreachable: never = message
          logger.warn('unknown control message', { message: JSON.stringify(unreachable) })
        }
      }
    }
    cluster.onReconnect = () => void rooms.catchUpAll()
  }
  let counts: ClusterCounts | undefined
  const limits: ConnectionLimits = new ConnectionLimits(config, {
    count: (board) => counts?.count(board) ?? 0,
    refresh: async (board) => counts?.refresh(board),
  })
  if (cluster)
    counts = new ClusterCounts(cluster, () => limits.boardCounts, logger, countsIntervalMs)
  // No per-message deflate (ws's server default): Yjs updates are small and already compact.
  const registry = new RegistryIndex(config.dataDir)
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes })
  const http = createHttpServer(
    createRequestHandler({
      storage,
      staticDir: config.staticDir,
      logger,
      access,
      rooms,
      work,
      maxEntities: config.maxEntities,
      duplicateRole: config.duplicate,
      versions,
      historyViewers: config.historyViewers,
      registry,
      votes,
      now: serverNow,
    }),
  )
  http.on(
    'upgrade',
    createUpgradeHandler({
      wss,
      rooms,
      logger,
      // A backlog this large means the client stopped reading; a few first syncs fit easily.
      maxBufferedBytes: Math.max(64 * 1024 * 1024, 4 * config.maxMessageBytes),
      // Room for one message of the largest size while another is being handled.
      maxQueuedBytes: 2 * config.maxMessageBytes,
      access,
      grants,
      limits,
      rates: {
        messagesPerSecond: config.messagesPerSecond,
        awarenessPerSecond: config.awarenessPerSecond,
      },
    }),
  )
  http.on('clientError', (_err, socket) => socket.destroy())

  try {
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject)
      http.listen(config.port, config.host, () => {
        http.off('error', reject)
        resolve()
      })
    })
  } catch (err) {
    await voteStore.close()
    counts?.close()
    await cluster?.close()
    await links.close()
    await storage.close()
    throw err
  }
  // Votes whose end time passed while the server was down close now; the rest on time.
  void votes.schedule()
  http.on('error', (err) => logger.error('http server error', { error: err.message }))

  const keepAlive = setInterval(() => {
    for (const conn of rooms.allConnections()) conn.heartbeat()
  }, pingIntervalMs ?? 30_000)

  const port = (http.address() as AddressInfo).port
  const hostForUrl = config.host.includes(':') ? `[${config.host}]` : config.host
  const url = `http://${hostForUrl}:${port}`
  let closing: Promise<void> | null = null

  return {
    url,
    wsUrl: `ws://${hostForUrl}:${port}/ws`,
    host: config.host,
    port,
    hasWebApp: existsSync(join(config.staticDir, 'index.html')),
    loadedBoards: () => rooms.loadedIds(),
    close: () =>
      (closing ??= (async () => {
        clearInterval(keepAlive)
        votes.stop()
        const stopped = new Promise<void>((resolve) => http.close(() => resolve()))
        http.closeIdleConnections()
        await rooms.closeAll()
        // The rooms' last checkpoints still need the workers and the storage.
        await versions.settled()
        await work.close()
        // Clients normally answer the close frame at once; do not wait ws's 30 s for the rest.
        await waitForSockets(wss, 1000)
        http.closeAllConnections()
        await stopped
        registry.close()
        await voteStore.close()
        counts?.close()
        await cluster?.close()
        await links.close()
        await storage.close()
        logger.info('server stopped')
      })()),
  }
}

async function waitForSockets(wss: WebSocketServer, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (wss.clients.size > 0 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 10))
  for (const ws of wss.clients) ws.terminate()
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
