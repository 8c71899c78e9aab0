import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import { createActor, readActors } from '@samkart/model'
import { encodeAwareness } from '../sync/protocol'
import { type TestClient, refusedClient } from '../testing/clients'
import { type TestServer, TestBed } from '../testing/TestBed'
import { queryAwarenessMessage, syncStep1Message } from '../testing/messages'
import { waitFor } from '../testing/waitFor'

const bed = new TestBed()
afterEach(() => bed.cleanup())

/** Two clients that must keep working whatever happens to others. */
async function bystanders(server: TestServer, boardId: string) {
  return { a: await server.client(boardId), b: await server.client(boardId) }
}

/** A's next edit reaches B: the board still works for them. */
async function expectWorking(a: TestClient, b: TestClient) {
  const count = readActors(a.doc).length
  createActor(a.doc, { name: `Aktør ${count}` })
  await waitFor(() => readActors(b.doc).length === count + 1, { what: 'B to get A’s edit' })
  expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true)
}

/** A refused stock client, destroyed on cleanup. */
async function refused(server: TestServer, boardId: string, token: string) {
  const client = await refusedClient(server.wsUrl, boardId, token)
  bed.onCleanup(client.destroy)
  return client
}

const queryAwareness = queryAwarenessMessage

describe('connection caps', () => {
  it('closes a connection over the board cap with 4508; the client retries and gets in later', async () => {
    const server = await bed.server({ maxConnectionsPerBoard: 2 })
    const board = await server.createBoard()
    const { a, b } = await bystanders(server, board.id)
    const third = await refused(server, board.id, board.token)
    expect(third).toMatchObject({ code: 4508, reason: 'board_full', retrying: true })
    expect(server.logs.some((l) => l.includes('connection refused: board full'))).toBe(true)
    // Another board is not affected by this one being full.
    const other = await server.createBoard()
    expect((await server.client(other.id)).provider.synced).toBe(true)
    await expectWorking(a, b)

    b.destroy()
    await waitFor(() => third.provider.synced, {
      what: 'the retrying client to get the freed place',
      timeoutMs: 8000,
    })
  })

  it('closes a connection over the server cap with 4509; the client gets in once one leaves', async () => {
    const server = await bed.server({ maxConnections: 2 })
    const one = await server.createBoard('En')
    const two = await server.createBoard('To')
    const a = await server.client(one.id)
    const b = await server.client(two.id)
    const third = await refused(server, one.id, one.token)
    expect(third).toMatchObject({ code: 4509, reason: 'server_full', retrying: true })
    expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true)
    b.destroy()
    await waitFor(() => third.provider.synced, {
      what: 'the retrying client to get the freed place',
      timeoutMs: 8000,
    })
  })
})

describe('rate limits', () => {
  it('closes a connection over its messages per second with 4429; the others carry on', async () => {
    const server = await bed.server({ messagesPerSecond: 10 })
    const board = await server.createBoard()
    const { a, b } = await bystanders(server, board.id)
    const flood = await server.raw(board.id)
    // Burst of 20 (twice the rate) allowed; 60 at once is far over it.
    for (let i = 0; i < 60; i++) flood.send(queryAwareness())
    expect(await flood.closed).toEqual({ code: 4429, reason: 'rate_limited' })
    await expectWorking(a, b)
    expect(server.logs.some((l) => l.includes('connection rejected: rate_limited'))).toBe(true)
  })

  it('lets a client send at its rate indefinitely', async () => {
    const server = await bed.server({ messagesPerSecond: 50 })
    const board = await server.createBoard()
    const steady = await server.raw(board.id)
    // 150 messages at about 40 per second, well past the burst of 100.
    for (let i = 0; i < 150; i++) {
      steady.send(syncStep1Message())
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    const health = await fetch(`${server.url}/api/health`)
    expect(health.status).toBe(200)
    expect(steady.ws.readyState).toBe(steady.ws.OPEN)
  })

  it('closes a client over its awareness updates per second with 4429; presence of others still flows', async () => {
    const server = await bed.server({ awarenessPerSecond: 5 })
    const board = await server.createBoard()
    const { a, b } = await bystanders(server, board.id)
    const noisy = await server.client(board.id, await server.link(board.id, 'viewer'))
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      noisy.provider.on('closed', (event) => resolve(event)),
    )
    // A real client moving its cursor far faster than allowed (burst 10).
    for (let i = 0; i < 30; i++) noisy.provider.awareness.setLocalStateField('cursor', { x: i })
    expect(await closed).toEqual({ code: 4429, reason: 'rate_limited' })
    expect(noisy.provider.shouldConnect).toBe(false)

    a.provider.awareness.setLocalStateField('user', { name: 'Kari' })
    await waitFor(() =>
      [...b.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Kari'),
    )
    await expectWorking(a, b)
  })

  it("does not count what stock clients echo of others' presence: a busy room stays connected", async () => {
    // Stock clients send every presence change they receive straight back: in a room of 12
    // each client echoes 11 × 8 = 88 messages a second here, far over the 20 allowed.
    const server = await bed.server({ messagesPerSecond: 20, awarenessPerSecond: 10 })
    const board = await server.createBoard()
    const clients: TestClient[] = []
    for (let i = 0; i < 12; i++) clients.push(await server.client(board.id))
    for (let step = 1; step <= 16; step++) {
      for (const client of clients) client.provider.awareness.setLocalStateField('cursor', { step })
      await new Promise((resolve) => setTimeout(resolve, 125)) // 8 per second each
    }
    const last = clients.at(-1)!
    await waitFor(() =>
      clients.every(
        (c) => last.provider.awareness.getStates().get(c.doc.clientID)?.cursor?.step === 16,
      ),
    )
    expect(clients.every((c) => c.provider.wsconnected)).toBe(true)
    expect(server.logs.some((l) => l.includes('rate_limited'))).toBe(false)
  })

  it('closes a connection that sends far more echoes than it was sent presence', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const other = await server.client(board.id)
    other.provider.awareness.setLocalStateField('user', { name: 'Kari' })
    const raw = await server.raw(board.id)
    await waitFor(() => raw.received.some((m) => m[0] === 1), { what: 'a presence message' })
    const echo = raw.received.find((m) => m[0] === 1)!
    for (let i = 0; i < 300; i++) raw.send(echo)
    expect(await raw.closed).toEqual({ code: 4429, reason: 'rate_limited' })
    expect(other.provider.wsconnected).toBe(true)
  })

  it('counts raw awareness messages the same way', async () => {
    const server = await bed.server({ awarenessPerSecond: 5 })
    const board = await server.createBoard()
    const raw = await server.raw(board.id)
    const presence = new awarenessProtocol.Awareness(new Y.Doc())
    for (let i = 0; i < 20; i++) {
      presence.setLocalStateField('cursor', { x: i })
      raw.send(encodeAwareness(presence, [presence.clientID]))
    }
    expect(await raw.closed).toEqual({ code: 4429, reason: 'rate_limited' })
    presence.destroy()
  })

  it("counts a query for everyone's presence as a presence update", async () => {
    // The answer holds every presence state of the room; stock clients never ask for it.
    const server = await bed.server({ awarenessPerSecond: 5 })
    const board = await server.createBoard()
    const raw = await server.raw(board.id)
    for (let i = 0; i < 20; i++) raw.send(queryAwareness())
    expect(await raw.closed).toEqual({ code: 4429, reason: 'rate_limited' })
  })
})
