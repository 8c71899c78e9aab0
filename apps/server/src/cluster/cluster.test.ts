import { afterEach, describe, expect, it } from 'vitest'
import { boardSnapshot, createActor, moveActor, readActors, readMeta } from '@samkart/model'
import type { CreateServerOptions } from '../createServer'
import { nextClose, refusedClient } from '../testing/clients'
import { sharedRedis } from '../testing/services'
import { freshDatabaseUrl } from '../testing/stores'
import { type TestServer, TestBed, readStored } from '../testing/TestBed'
import { waitFor } from '../testing/waitFor'

const bed = new TestBed('postgres')
afterEach(() => bed.cleanup())

/** Three instances on one PostgreSQL database and one Redis, as behind a load balancer. */
async function threeInstances(options: CreateServerOptions = {}): Promise<TestServer[]> {
  const databaseUrl = await freshDatabaseUrl()
  const redisUrl = (await sharedRedis()).url
  const servers: TestServer[] = []
  for (let i = 0; i < 3; i++) servers.push(await bed.server({ ...options, databaseUrl, redisUrl }))
  return servers
}

const snapshotJson = (doc: Parameters<typeof boardSnapshot>[0]) =>
  JSON.stringify(boardSnapshot(doc))

/** A small deterministic random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

describe('several instances sharing PostgreSQL and Redis', () => {
  it('makes random edits of clients spread over three instances converge, and stores them', async () => {
    const servers = await threeInstances()
    const board = await servers[0]!.createBoard('Tre instanser')
    const clients = await Promise.all(
      [0, 1, 2, 0, 1, 2].map((i) => servers[i]!.client(board.id, board.token)),
    )
    const next = random(14)
    for (let round = 0; round < 40; round++) {
      const client = clients[Math.floor(next() * clients.length)]!
      const actors = readActors(client.doc)
      if (actors.length === 0 || next() < 0.5) createActor(client.doc, { name: `Aktør ${round}` })
      else
        moveActor(client.doc, actors[Math.floor(next() * actors.length)]!.id, {
          importance: next(),
          substitutability: next(),
        })
      if (round % 8 === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    }
    await waitFor(
      () => clients.every((c) => snapshotJson(c.doc) === snapshotJson(clients[0]!.doc)),
      { what: 'every client on every instance to converge', timeoutMs: 20_000 },
    )
    expect(readActors(clients[0]!.doc).length).toBeGreaterThan(10)
    const stored = await readStored(servers[2]!, board.id)
    expect(boardSnapshot(stored.doc)).toEqual(boardSnapshot(clients[0]!.doc))
    // Every instance has the board loaded and listens to its channel.
    for (const server of servers) expect(server.loadedBoards()).toEqual([board.id])
  })

  it('relays presence between instances, and removes it when its client leaves', async () => {
    const servers = await threeInstances()
    const board = await servers[0]!.createBoard()
    const kari = await servers[0]!.client(board.id, board.token)
    const ola = await servers[2]!.client(board.id, board.token)
    kari.provider.awareness.setLocalStateField('user', { name: 'Kari' })
    await waitFor(
      () =>
        (
          ola.provider.awareness.getStates().get(kari.doc.clientID) as
            { user?: { name: string } } | undefined
        )?.user?.name === 'Kari',
      { what: "Kari's presence to reach the other instance" },
    )
    // One who arrives later on a third instance is greeted with everyone's presence.
    const per = await servers[1]!.client(board.id, board.token)
    await waitFor(() => per.provider.awareness.getStates().has(kari.doc.clientID))
    kari.destroy()
    await waitFor(() => !ola.provider.awareness.getStates().has(kari.doc.clientID), {
      timeoutMs: 5_000,
      what: 'Kari to leave on the other instances (long before the 30 s timeout)',
    })
  })

  it('carries a rename, a revoked link and a deleted board from one instance to clients on the others', async () => {
    const servers = await threeInstances()
    const [s0, s1, s2] = servers as [TestServer, TestServer, TestServer]
    const board = await s0.createBoard('Før')
    const facilitator = await s2.client(board.id, board.token)

    const renamed = await s1.api(`/api/boards/${board.id}`, {
      method: 'PATCH',
      token: board.token,
      body: { title: 'Etter' },
    })
    expect(renamed.status).toBe(200)
    await waitFor(() => readMeta(facilitator.doc).title === 'Etter', {
      what: 'the rename to reach a client of another instance',
    })

    const made = await s0.api(`/api/boards/${board.id}/links`, {
      token: board.token,
      body: { role: 'editor' },
    })
    const link = (await made.json()) as { id: string; token: string }
    const editorOn2 = await s2.client(board.id, link.token)
    const editorOn0 = await s0.client(board.id, link.token)
    const revokedClose = [nextClose(editorOn2.provider), nextClose(editorOn0.provider)]
    const revoked = await s1.api(`/api/boards/${board.id}/links/${link.id}`, {
      method: 'DELETE',
      token: board.token,
    })
    expect(revoked.status).toBe(204)
    expect(await Promise.all(revokedClose)).toEqual([
      { code: 4410, reason: 'token_revoked' },
      { code: 4410, reason: 'token_revoked' },
    ])

    const onZero = await s0.client(board.id, board.token)
    const onOne = await s1.client(board.id, board.token)
    createActor(onZero.doc, { name: 'Før slettingen' })
    await waitFor(() => readActors(onOne.doc).length === 1)
    const deletedClose = [nextClose(onZero.provider), nextClose(onOne.provider)]
    const deleted = await s2.api(`/api/boards/${board.id}`, {
      method: 'DELETE',
      token: board.token,
    })
    expect(deleted.status).toBe(204)
    expect(await Promise.all(deletedClose)).toEqual([
      { code: 4404, reason: 'board_deleted' },
      { code: 4404, reason: 'board_deleted' },
    ])
    await waitFor(() => servers.every((s) => s.loadedBoards().length === 0), {
      what: 'every instance to drop the deleted board',
    })
  })

  it('holds the per-board connection cap across instances, from the counts they share', async () => {
    const servers = await threeInstances({ maxConnectionsPerBoard: 2, countsIntervalMs: 50 })
    const [s0, s1, s2] = servers as [TestServer, TestServer, TestServer]
    const board = await s0.createBoard()
    await s0.client(board.id, board.token)
    const second = await s1.client(board.id, board.token)
    // Ten intervals: every instance has reported and read the others' counts.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const refused = await refusedClient(s2.wsUrl, board.id, board.token)
    // A refused stock client retries (4508); stopped here, so it cannot take the free place.
    refused.destroy()
    expect({ code: refused.code, reason: refused.reason }).toEqual({
      code: 4508,
      reason: 'board_full',
    })
    second.destroy()
    // Once the count of the one who left has been shared, there is room again.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const third = await s2.client(board.id, board.token)
    expect(third.provider.wsconnected).toBe(true)
  })

  it("sums dropped writes over every instance in the board's droppedWrites", async () => {
    const servers = await threeInstances()
    const [s0, s1, s2] = servers as [TestServer, TestServer, TestServer]
    const board = await s0.createBoard()
    const viewerToken = await s0.link(board.id, 'viewer')
    // A viewer's write is dropped where it arrives: one on each of two instances.
    for (const server of [s0, s1]) {
      const viewer = await server.client(board.id, viewerToken)
      createActor(viewer.doc, { name: 'Ikke lov' })
    }
    const dropped = async (server: TestServer) =>
      (
        (await (await server.api(`/api/boards/${board.id}`, { token: board.token })).json()) as {
          droppedWrites: number
        }
      ).droppedWrites
    await waitFor(async () => (await dropped(s2)) === 2, {
      what: 'the third instance to count both dropped writes',
    })
    expect(await dropped(s0)).toBe(2)
  })
})
