/**
 * The hostile-input suite (issue «Hardening»): what a hostile visitor or editor sends, against
 * real servers, real clients and real HTTP, checking what users care about: the others' edits
 * keep flowing, the health check answers, nothing outside the schema or pending is stored or
 * handed on, and memory comes back.
 */
import v8 from 'node:v8'
import vm from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  BOARD_ROOTS,
  boardSnapshot,
  createActor,
  entityRoot,
  moveActor,
  readActors,
  validateBoard,
} from '@samkart/model'
import { createLogger } from './log'
import { encodeUpdate } from './sync/protocol'
import { type RawClient, type TestClient, connectClient, connectRaw } from './testing/clients'
import { boardFileJson, deeplyNestedBody, importBody } from './testing/hostileFiles'
import {
  awarenessMessage,
  queryAwarenessMessage,
  syncStep1Message,
  updateFrom,
} from './testing/messages'
import { startServerProcess } from './testing/serverProcess'
import { type TestServer, TestBed, readStoredBoard } from './testing/TestBed'
import { waitFor } from './testing/waitFor'

const bed = new TestBed()
afterEach(() => bed.cleanup())

/**
 * Edits on one board while `during` runs: A moves an actor every 25 ms, and B receives it; a
 * health check every 50 ms. Counts what completed while `during` had not yet finished: a
 * server whose event loop the hostile requests hold can answer nothing until they are done.
 * Counts, not times: this is a test of behaviour; `pnpm bench` (j) measures the latencies.
 */
async function editsAndHealth(
  url: string,
  wsUrl: string,
  during: () => Promise<unknown>,
): Promise<{ edits: number; health: number; unhealthy: number }> {
  const created = (await (
    await fetch(`${url}/api/boards`, { method: 'POST', body: JSON.stringify({ title: 'Levende' }) })
  ).json()) as { id: string; token: string }
  const a = await connectClient(wsUrl, created.id, created.token)
  const b = await connectClient(wsUrl, created.id, created.token)
  bed.onCleanup(() => a.destroy())
  bed.onCleanup(() => b.destroy())
  const actor = createActor(a.doc, { name: 'Flyttes' })
  if (!actor.ok) throw new Error(actor.error.message)
  await waitFor(() => readActors(b.doc).length === 1)

  let edits = 0
  let health = 0
  let unhealthy = 0
  let running = true
  const editing = (async () => {
    for (let step = 0; running; step++) {
      const arrived = new Promise<void>((resolve) => b.doc.once('update', () => resolve()))
      moveActor(a.doc, actor.value, { importance: (step % 100) / 100, substitutability: 0.5 })
      await arrived
      if (running) edits++
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  })()
  const checking = (async () => {
    while (running) {
      const res = await fetch(`${url}/api/health`)
      if (res.status !== 200) unhealthy++
      await res.arrayBuffer()
      if (running) health++
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })()
  try {
    await during()
  } finally {
    running = false
    await Promise.all([editing, checking])
  }
  return { edits, health, unhealthy }
}

describe('hostile requests never hold up other users', () => {
  it('a 60,000-actor import, 2-million-deep nesting and the largest legal import, while a client edits', async () => {
    const server = await startServerProcess(bed, bed.tempDir())
    const post = (body: string) =>
      fetch(`${server.url}/api/boards`, { method: 'POST', body }).then(async (res) => ({
        status: res.status,
        body: (await res.json()) as { error?: { code: string }; id?: string },
      }))
    // Built before the clock starts: making 14 MB of JSON is this process's work, not the
    // server's.
    const sixtyThousand = importBody(boardFileJson('Angrep', 60_000))
    const deep = deeplyNestedBody()
    const largest = importBody(boardFileJson('Stor, men lovlig', 5000, 5000))
    const answers: { status: number; body: { error?: { code: string }; id?: string } }[] = []
    const { edits, health, unhealthy } = await editsAndHealth(
      server.url,
      server.wsUrl,
      async () => {
        answers.push(...(await Promise.all([post(sixtyThousand), post(deep), post(largest)])))
      },
    )

    expect(answers.map((a) => [a.status, a.body.error?.code])).toEqual([
      [400, 'too_many_entities'],
      [400, 'too_deep'],
      [201, undefined],
    ])
    expect(unhealthy).toBe(0)
    // The bug this guards against held the event loop for 24 s, during which no edit reached
    // anyone and no health check was answered. Now the work is on worker threads: the other
    // board keeps going while the three requests are being handled.
    expect(edits).toBeGreaterThan(10)
    expect(health).toBeGreaterThan(5)
  })
})

/** A's next edit reaches B: the board still works for the honest clients. */
async function expectEditsFlow(a: TestClient, b: TestClient) {
  const name = `Ærlig ${readActors(a.doc).length}`
  createActor(a.doc, { name })
  await waitFor(() => readActors(b.doc).some((x) => x.name === name), { what: `B to get ${name}` })
}

/** The roots of `doc` that are not part of a board. */
const foreignRoots = (doc: Y.Doc) => [...doc.share.keys()].filter((name) => !BOARD_ROOTS.has(name))

/** An update that builds on an edit the server never got: its dependency never arrives. */
function dependentUpdate(base: Y.Doc): Uint8Array {
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(base))
  const withheld = createActor(client, { name: 'Aldri sendt' })
  if (!withheld.ok) throw new Error(withheld.error.message)
  const before = Y.encodeStateVector(client)
  moveActor(client, withheld.value, { importance: 1, substitutability: 0 })
  createActor(client, { name: 'Henger på det som mangler' })
  return Y.encodeStateAsUpdate(client, before)
}

/** A server with a board holding one actor, «Før», and two honest clients, A and B, on it. */
async function boardWithTwoClients() {
  const dataDir = bed.tempDir()
  const server = await bed.server({ dataDir })
  const board = await server.createBoard()
  const a = await server.client(board.id)
  const b = await server.client(board.id)
  createActor(a.doc, { name: 'Før' })
  await waitFor(() => readActors(b.doc).length === 1)
  return { dataDir, server, board, a, b }
}

describe('only the schema is stored, and nothing pending', () => {
  it('refuses foreign roots and wrong types with 4422; none of it is stored, relayed or there after a restart', async () => {
    const { dataDir, server, board, a, b } = await boardWithTwoClients()
    const megabyte = 'x'.repeat(1024 * 1024)
    const attacks: ((doc: Y.Doc) => void)[] = [
      (d) => d.getMap('junk').set('payload', megabyte),
      (d) => d.getMap('acto\u0015s').set('a', 1),
      (d) => d.getArray('actor\u0000').push(['x']),
      (d) => [...entityRoot(d, 'actor').values()][0]!.set('payload', megabyte),
      (d) => [...entityRoot(d, 'actor').values()][0]!.set('name', new Y.Text('tekst')),
      (d) => d.getMap('meta').set('junk', megabyte),
    ]
    for (const attack of attacks) {
      const offender = await server.raw(board.id)
      offender.send(encodeUpdate(updateFrom(a.doc, attack)))
      expect((await offender.closed).code).toBe(4422)
    }
    await expectEditsFlow(a, b)
    expect(foreignRoots(b.doc)).toEqual([])
    const stored = readStoredBoard(dataDir, board.id).doc
    expect(foreignRoots(stored)).toEqual([])
    expect(validateBoard(stored)).toEqual([])

    a.destroy()
    b.destroy()
    await server.close()
    const restarted = await bed.server({ dataDir })
    const fresh = await restarted.client(board.id, board.token)
    expect(foreignRoots(fresh.doc)).toEqual([])
    expect(
      readActors(fresh.doc)
        .map((x) => x.name)
        .sort(),
    ).toEqual(['Før', 'Ærlig 1'])
    expect(Y.encodeStateAsUpdate(fresh.doc).length).toBeLessThan(64 * 1024)
  })

  it('drops updates with missing dependencies (4512): a fresh client never receives pending structs', async () => {
    const { dataDir, server, board, a, b } = await boardWithTwoClients()
    for (let i = 0; i < 20; i++) {
      const offender = await server.raw(board.id)
      offender.send(encodeUpdate(dependentUpdate(a.doc)))
      expect(await offender.closed).toEqual({ code: 4512, reason: 'missing_dependencies' })
    }
    await expectEditsFlow(a, b)
    const fresh = await server.client(board.id)
    expect(fresh.doc.store.pendingStructs).toBeNull()
    expect(fresh.doc.store.pendingDs).toBeNull()
    expect(
      readActors(fresh.doc)
        .map((x) => x.name)
        .sort(),
    ).toEqual(['Før', 'Ærlig 1'])
    expect(readStoredBoard(dataDir, board.id).doc.store.pendingStructs).toBeNull()

    await server.close()
    const restarted = await bed.server({ dataDir })
    const later = await restarted.client(board.id, board.token)
    expect(later.doc.store.pendingStructs).toBeNull()
    expect(boardSnapshot(later.doc)).toEqual(boardSnapshot(fresh.doc))
  })

  it('lets an honest client that sent an edit ahead of its dependencies resync: nothing is lost', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const b = await server.client(board.id)
    // A client with an offline edit sends an edit built on it before its sync step 2 (a race
    // on reconnecting): the server drops that part and closes with 4512; the stock client
    // reconnects, and its sync carries both.
    const offline = await server.client(board.id)
    offline.provider.disconnect()
    const made = createActor(offline.doc, { name: 'Laget offline' })
    if (!made.ok) throw new Error(made.error.message)
    const raw = await server.raw(board.id)
    const before = Y.encodeStateVector(offline.doc)
    moveActor(offline.doc, made.value, { importance: 0.9, substitutability: 0.1 })
    raw.send(encodeUpdate(Y.encodeStateAsUpdate(offline.doc, before)))
    expect((await raw.closed).code).toBe(4512)
    offline.provider.connect()
    await waitFor(() =>
      readActors(b.doc).some((x) => x.name === 'Laget offline' && x.importance === 0.9),
    )
  })
})

/** Calls V8's garbage collector, which tests normally cannot reach. */
function collectGarbage(): () => void {
  v8.setFlagsFromString('--expose-gc')
  return vm.runInNewContext('gc') as () => void
}

/** The heap in use after two full collections (the first may only queue finalisers). */
function heapAfterGc(gc: () => void): number {
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

/**
 * A bare socket the test bed does not keep: the bed holds every client it made (with all it
 * received) until the test ends, which would count against the server here. Destroyed by
 * the caller.
 */
const untracked = (server: TestServer, boardId: string, token?: string) =>
  connectRaw(server.wsUrl, boardId, {}, token ?? server.tokenOf(boardId))

/** Sync step 2 messages `raw` received: the answers to its sync step 1. */
const answers = (raw: RawClient) => raw.received.filter((m) => m[0] === 0 && m[1] === 1).length

/**
 * Sends each of `messages` on its own new connection, `parallel` at a time, and waits until
 * the server closed it or, for one it accepted, answered the sync step 1 sent after it.
 * Resolves to how many ended each way (by close code; 0: accepted).
 */
async function oneEach(server: TestServer, boardId: string, messages: Uint8Array[], parallel = 25) {
  const codes = new Map<number, number>()
  for (let i = 0; i < messages.length; i += parallel)
    await Promise.all(
      messages.slice(i, i + parallel).map(async (bytes) => {
        const raw = await untracked(server, boardId)
        let code: number | null = null
        void raw.closed.then((closed) => (code = closed.code))
        raw.send(bytes)
        raw.send(syncStep1Message())
        await waitFor(() => code !== null || answers(raw) > 0, { timeoutMs: 30_000 })
        codes.set(code ?? 0, (codes.get(code ?? 0) ?? 0) + 1)
        raw.destroy()
      }),
    )
  return codes
}

/** Sends `count` copies of `bytes` on `raw`, then waits until the server has handled them. */
async function flood(raw: RawClient, bytes: Uint8Array, count: number) {
  for (let i = 0; i < count; i++) raw.send(bytes)
  const answered = answers(raw) + 1
  raw.send(syncStep1Message())
  await waitFor(() => answers(raw) >= answered, { timeoutMs: 30_000 })
}

describe('memory under a storm of hostile messages', () => {
  /**
   * The bound stated in the README («Memory»): what a storm leaves behind is what the board
   * legitimately holds. After 10,000 hostile messages and the hostile connections gone, the
   * heap (after a full GC) is within 8 MiB of where it was before (it measured within 1 MiB).
   * The storm's messages carry about 40 MiB (viewer writes, presence, updates), so a leak of
   * any kind of them shows: this test found presence states outliving their connections when
   * a client id came back (y-protocols reports it as updated, not added).
   */
  it(
    'comes back within 8 MiB of where it was after 10,000 hostile messages',
    { timeout: 300_000 },
    async () => {
      const gc = collectGarbage()
      const server = await bed.server({
        messagesPerSecond: 1_000_000,
        awarenessPerSecond: 1_000_000,
        // The test bed keeps every log line; thousands of refusals would count against the server.
        logger: createLogger('silent'),
      })
      const board = await server.createBoard()
      const a = await server.client(board.id)
      const b = await server.client(board.id)
      createActor(a.doc, { name: 'Før stormen' })
      await waitFor(() => readActors(b.doc).length === 1)
      const viewer = await server.link(board.id, 'viewer')
      const viewerWrite = encodeUpdate(
        updateFrom(a.doc, (d) => {
          for (let i = 0; i < 4; i++) createActor(d, { name: `Leser ${i}`, notes: 'n'.repeat(400) })
        }),
      )
      let clock = 0
      /** Presence for 10 client ids, 8 KiB each: a connection may keep 4. */
      const presence = (first: number) =>
        awarenessMessage(
          Array.from({ length: 10 }, (_, i) => ({
            clientId: first + i,
            clock: ++clock,
            state: { user: { name: `Falsk ${first + i}` }, blob: 'b'.repeat(8 * 1024) },
            size: 0,
          })),
        )
      /** One state over the size limit: ignored. */
      const oversize = (clientId: number) =>
        awarenessMessage([
          { clientId, clock: ++clock, state: { blob: 'o'.repeat(200 * 1024) }, size: 0 },
        ])
      const closing = Array.from({ length: 400 }, (_, i) => {
        switch (i % 4) {
          case 0:
            return encodeUpdate(dependentUpdate(a.doc))
          case 1:
            return encodeUpdate(
              updateFrom(a.doc, (d) => d.getMap(`junk${i}`).set('x', 'y'.repeat(10_000))),
            )
          case 2:
            return new Uint8Array([0xff, 0xff, 0xff, 0xff, i & 0xff])
          default: {
            const valid = updateFrom(a.doc, (d) => createActor(d, { name: `Fuzz ${i}` }))
            const at = (i * 7) % valid.length
            valid[at] = valid[at]! ^ 0x5a
            return encodeUpdate(valid)
          }
        }
      })
      /** 10 × (500 viewer writes + 119 queries + 20 presence floods + 1 oversize state) + 400 = 6,800 messages */
      const storm = async () => {
        const noisy = await Promise.all(
          Array.from({ length: 10 }, () => untracked(server, board.id, viewer)),
        )
        await Promise.all(
          noisy.map(async (raw, n) => {
            await flood(raw, viewerWrite, 500)
            await flood(raw, queryAwarenessMessage(), 119)
            for (let i = 0; i < 20; i++) raw.send(presence(100_000 * (n + 1) + 10 * (i % 3)))
            await flood(raw, oversize(100_000 * (n + 1)), 1)
          }),
        )
        for (const raw of noisy) raw.destroy()
        return oneEach(server, board.id, closing)
      }

      await storm() // warms up everything the storm touches: code, caches, pools
      await expectEditsFlow(a, b)
      const before = heapAfterGc(gc)
      const codes = await storm()
      await storm()
      await expectEditsFlow(a, b)
      const after = heapAfterGc(gc)

      // 2 × 6,800 = 13,600 hostile messages after the warm-up; each closing kind refused as it
      // should (a corrupted update may also be refused for missing dependencies, or pass).
      expect(codes.get(4422)).toBeGreaterThanOrEqual(100)
      expect(codes.get(4512)).toBeGreaterThanOrEqual(100)
      expect(codes.get(4400)).toBeGreaterThanOrEqual(100)
      expect(after - before).toBeLessThan(8 * 1024 * 1024)
      const stored = readStoredBoard(server.dataDir, board.id).doc
      expect(foreignRoots(stored)).toEqual([])
      expect(validateBoard(stored)).toEqual([])
      expect(boardSnapshot(b.doc)).toEqual(boardSnapshot(a.doc))
    },
  )
})
