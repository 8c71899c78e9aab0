import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  boardSnapshot,
  createActor,
  entityRoot,
  metaRoot,
  readActors,
  validateBoard,
} from '@samkart/model'
import type { TestClient } from '../testing/clients'
import { type TestServer, TestBed, readStoredBoard } from '../testing/TestBed'
import { protocolMessage, updateFrom } from '../testing/messages'
import { waitFor } from '../testing/waitFor'
import { encodeUpdate } from './protocol'

const bed = new TestBed()
afterEach(() => bed.cleanup())

/** A board with two real clients, A and B, that must keep working whatever a third sends. */
async function boardWithTwoClients(options: Parameters<TestBed['server']>[0] = {}) {
  const server = await bed.server(options)
  const board = await server.createBoard()
  const a = await server.client(board.id)
  const b = await server.client(board.id)
  createActor(a.doc, { name: 'Før angrepet' })
  await waitFor(() => readActors(b.doc).length === 1)
  return { server, board, a, b }
}

/** A's next edit reaches B, and what is stored equals what the clients have, schema-valid. */
async function expectBoardHealthy(
  server: TestServer,
  boardId: string,
  a: TestClient,
  b: TestClient,
) {
  const count = readActors(a.doc).length
  createActor(a.doc, { name: `Etter ${count}` })
  await waitFor(() => readActors(b.doc).length === count + 1, { what: 'B to get A’s next edit' })
  const stored = readStoredBoard(server.dataDir, boardId)
  expect(validateBoard(stored.doc)).toEqual([])
  expect(boardSnapshot(stored.doc)).toEqual(boardSnapshot(a.doc))
  expect(boardSnapshot(b.doc)).toEqual(boardSnapshot(a.doc))
  const health = await fetch(`${server.url}/api/health`)
  expect(health.status).toBe(200)
}

const message = protocolMessage

describe('bad input closes only the offending connection', () => {
  const framingCases: { name: string; bytes: () => Uint8Array; code: number; reason: RegExp }[] = [
    {
      name: 'garbage bytes',
      bytes: () => new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
      code: 4400,
      reason: /malformed/,
    },
    { name: 'an empty message', bytes: () => new Uint8Array(0), code: 4400, reason: /truncated/ },
    {
      name: 'a truncated sync message',
      bytes: () => {
        const full = encodeUpdate(updateFrom(new Y.Doc(), (d) => createActor(d, { name: 'X' })))
        return full.slice(0, Math.floor(full.length / 2))
      },
      code: 4400,
      reason: /truncated/,
    },
    {
      name: 'trailing bytes after a valid message',
      bytes: () => new Uint8Array([...message(0, 0, Y.encodeStateVector(new Y.Doc())), 7]),
      code: 4400,
      reason: /trailing bytes/,
    },
    { name: 'an unknown message type', bytes: () => message(7), code: 4400, reason: /type 7/ },
    {
      name: 'an auth message (server-only)',
      bytes: () => message(2, 0),
      code: 4400,
      reason: /type 2/,
    },
    {
      name: 'an unknown sync message type',
      bytes: () => message(0, 9, new Uint8Array(0)),
      code: 4400,
      reason: /sync message type 9/,
    },
    {
      name: 'a malformed state vector',
      bytes: () => message(0, 0, new Uint8Array([5, 1])),
      code: 4400,
      reason: /state vector/,
    },
    {
      name: 'a malformed awareness update',
      bytes: () => message(1, new Uint8Array([1, 5, 1, 3, 0x7b, 0x7b, 0x7b])),
      code: 4400,
      reason: /awareness/,
    },
    {
      name: 'an update that does not decode',
      bytes: () => message(0, 2, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])),
      code: 4400,
      reason: /does not decode/,
    },
    {
      name: 'a sync step 2 that does not decode',
      bytes: () => message(0, 1, new Uint8Array([3, 3, 3, 3, 3, 3, 3, 3])),
      code: 4400,
      reason: /does not decode/,
    },
  ]

  for (const c of framingCases)
    it(`refuses ${c.name}`, async () => {
      const { server, board, a, b } = await boardWithTwoClients()
      const offender = await server.raw(board.id)
      offender.send(c.bytes())
      const closed = await offender.closed
      expect(closed.code).toBe(c.code)
      expect(closed.reason).toMatch(c.reason)
      expect(server.logs.some((l) => l.includes('connection rejected') && c.reason.test(l))).toBe(
        true,
      )
      await expectBoardHealthy(server, board.id, a, b)
    })

  const schemaCases: { name: string; edit: (doc: Y.Doc) => void; reason: RegExp }[] = [
    {
      name: 'an actor with an out-of-range score',
      edit: (d) => {
        const actor = new Y.Map<unknown>()
        entityRoot(d, 'actor').set('Bad1', actor)
        actor.set('name', 'Ond')
        actor.set('importance', 5)
      },
      reason: /actor\.importance/,
    },
    {
      name: 'a change that breaks an existing actor',
      edit: (d) => {
        const [first] = [...entityRoot(d, 'actor').values()]
        first!.set('name', 'x'.repeat(500))
      },
      reason: /actor\.name/,
    },
    {
      name: 'an entity that is not a map',
      edit: (d) => entityRoot(d, 'actor').set('Bad2', 'just a string' as never),
      reason: /not a map/,
    },
    {
      name: 'an entity under an invalid id',
      edit: (d) => {
        const actor = new Y.Map<unknown>()
        entityRoot(d, 'actor').set('../../etc', actor)
        actor.set('name', 'Sti')
      },
      reason: /not a valid id/,
    },
    {
      name: 'an empty board title',
      edit: (d) => metaRoot(d).set('title', '   '),
      reason: /title/,
    },
    {
      name: 'a change to the schema version',
      edit: (d) => metaRoot(d).set('schemaVersion', 99),
      reason: /schemaVersion/,
    },
  ]

  for (const c of schemaCases)
    it(`refuses an update with ${c.name}, storing and relaying none of it`, async () => {
      const { server, board, a, b } = await boardWithTwoClients()
      const offender = await server.raw(board.id)
      const update = updateFrom(a.doc, c.edit)
      offender.send(encodeUpdate(update))
      const closed = await offender.closed
      expect(closed.code).toBe(4422)
      expect(closed.reason).toMatch(c.reason)
      await expectBoardHealthy(server, board.id, a, b)
      expect(readActors(b.doc).map((x) => x.name)).toEqual(['Etter 1', 'Før angrepet'])
    })

  it('refuses a message over the size limit with 1009', async () => {
    const { server, board, a, b } = await boardWithTwoClients({ maxMessageBytes: 64 * 1024 })
    const offender = await server.raw(board.id)
    offender.send(new Uint8Array(100 * 1024))
    expect((await offender.closed).code).toBe(1009)
    expect(server.logs.some((l) => l.includes('over the size limit'))).toBe(true)
    await expectBoardHealthy(server, board.id, a, b)
  })

  it('refuses text frames with 1003', async () => {
    const { server, board, a, b } = await boardWithTwoClients()
    const offender = await server.raw(board.id)
    offender.send('hello')
    expect(await offender.closed).toEqual({ code: 1003, reason: 'text messages are not supported' })
    await expectBoardHealthy(server, board.id, a, b)
  })

  it('ignores what a refused client sent after the bad message', async () => {
    const { server, board, a, b } = await boardWithTwoClients()
    const offender = await server.raw(board.id)
    offender.send(message(7))
    offender.send(encodeUpdate(updateFrom(a.doc, (d) => createActor(d, { name: 'Snik' }))))
    expect((await offender.closed).code).toBe(4400)
    await expectBoardHealthy(server, board.id, a, b)
    expect(readActors(b.doc).some((x) => x.name === 'Snik')).toBe(false)
  })

  it('survives corrupted updates (seeded fuzz): the board stays consistent and valid', async () => {
    const { server, board, a, b } = await boardWithTwoClients()
    const valid = updateFrom(a.doc, (d) =>
      createActor(d, { name: 'Fuzz', notes: 'notater', level: 'kommune', importance: 0.3 }),
    )
    let seed = 42
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
    let refused = 0
    for (let round = 0; round < 40; round++) {
      const corrupted = valid.slice()
      for (let flips = 1 + Math.floor(random() * 3); flips > 0; flips--)
        corrupted[Math.floor(random() * corrupted.length)] = Math.floor(random() * 256)
      const offender = await server.raw(board.id)
      offender.send(encodeUpdate(corrupted))
      // A sync step 1 after the update is answered only once the update was handled.
      offender.send(message(0, 0, Y.encodeStateVector(new Y.Doc())))
      const outcome = await Promise.race([
        offender.closed.then(() => 'closed'),
        waitFor(() => offender.received.length >= 2 && 'answered'),
      ])
      if (outcome === 'closed') refused++
      offender.destroy()
    }
    expect(refused).toBeGreaterThan(0)
    await expectBoardHealthy(server, board.id, a, b)
    const fresh = await server.client(board.id)
    expect(boardSnapshot(fresh.doc)).toEqual(boardSnapshot(a.doc))
  })
})
