import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createActor, readActors } from '@samkart/model'
import { SqliteStorage } from '../storage/SqliteStorage'
import { MAX_PRESENCE_IDS_PER_CONNECTION, MAX_PRESENCE_STATE_CHARS } from '../sync/RoomAwareness'
import { type AwarenessEntry, encodeUpdate } from '../sync/protocol'
import { awarenessMessage } from '../testing/messages'
import { GatedStorage } from '../testing/GatedStorage'
import { TestBed } from '../testing/TestBed'
import { waitFor } from '../testing/waitFor'

const bed = new TestBed()
afterEach(() => bed.cleanup())

/** 64 KiB messages: each connection may have 128 KiB waiting, each board 512 KiB. */
const MAX_MESSAGE = 64 * 1024

/** A server whose store can stall (a slow disk), so that messages pile up in a room's queue. */
async function stallingServer() {
  const dataDir = bed.tempDir()
  const storage = new GatedStorage(SqliteStorage.open(dataDir))
  const server = await bed.server({ dataDir, storage, maxMessageBytes: MAX_MESSAGE })
  bed.onCleanup(() => storage.release()) // runs before the server stops, which waits for it
  const board = await server.createBoard()
  const a = await server.client(board.id)
  const b = await server.client(board.id)
  return { server, board, storage, a, b }
}

/** A valid sync update message of `bytes` bytes or a little less, on top of `base`. */
function bigUpdate(base: Y.Doc, bytes: number): Uint8Array {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base))
  const before = Y.encodeStateVector(copy)
  let message = encodeUpdate(Y.encodeStateAsUpdate(copy, before))
  for (let i = 0; message.length < bytes - 2500; i++) {
    createActor(copy, { name: `Stor ${i}`, notes: 'n'.repeat(2000) })
    message = encodeUpdate(Y.encodeStateAsUpdate(copy, before))
  }
  return message
}

describe('memory per connection and per board', () => {
  it('closes a connection with 4513 once more than twice the message limit of its messages wait', async () => {
    const { server, board, storage, a, b } = await stallingServer()
    storage.hold()
    createActor(a.doc, { name: 'Venter på disken' }) // the room's queue now waits on this
    const flood = await server.raw(board.id)
    const message = bigUpdate(a.doc, 60 * 1024)
    expect(message.length).toBeLessThan(MAX_MESSAGE)
    for (let i = 0; i < 3; i++) flood.send(message)
    expect(await flood.closed).toEqual({ code: 4513, reason: 'queue_full' })

    storage.release()
    await waitFor(() => readActors(b.doc).some((x) => x.name === 'Venter på disken'))
    createActor(a.doc, { name: 'Etterpå' })
    await waitFor(() => readActors(b.doc).some((x) => x.name === 'Etterpå'))
  })

  it('closes the connection whose message would put the board over eight times the limit', async () => {
    const { server, board, storage, a, b } = await stallingServer()
    storage.hold()
    createActor(a.doc, { name: 'Venter på disken' })
    // Eight clients may each have a message of 60 KiB waiting; the ninth's is one too many.
    const fits = bigUpdate(a.doc, 60 * 1024)
    const senders = []
    for (let i = 0; i < 9; i++) senders.push(await server.raw(board.id))
    for (const sender of senders) sender.send(fits)
    const closes = await Promise.race([
      Promise.any(senders.map((s) => s.closed)),
      new Promise((resolve) => setTimeout(resolve, 5000, 'none')),
    ])
    expect(closes).toEqual({ code: 4513, reason: 'queue_full' })

    storage.release()
    await waitFor(() => readActors(b.doc).some((x) => x.name === 'Venter på disken'))
    expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true)
  })

  it('keeps at most four presence ids per connection and no state over the size limit', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const watcher = await server.client(board.id)
    const raw = await server.raw(board.id)
    const entries: AwarenessEntry[] = []
    for (let id = 1; id <= 10; id++)
      entries.push({
        clientId: 9000 + id,
        clock: 1,
        state: { user: { name: `Id ${id}` } },
        size: 0,
      })
    const huge = 'x'.repeat(MAX_PRESENCE_STATE_CHARS + 1)
    const awareness = awarenessMessage
    raw.send(awareness(entries))
    raw.send(awareness([{ clientId: 9001, clock: 2, state: { user: { name: huge } }, size: 0 }]))
    raw.send(awareness([{ clientId: 9002, clock: 2, state: { user: { name: 'Siste' } }, size: 0 }]))
    const names = () =>
      [...watcher.provider.awareness.getStates().values()]
        .map((s) => (s.user as { name?: string } | undefined)?.name)
        .filter((n) => n !== undefined)
    await waitFor(() => names().includes('Siste'), { what: 'the last presence change' })
    expect(names().sort()).toEqual(['Id 1', 'Id 3', 'Id 4', 'Siste'])
    expect(names().length).toBe(MAX_PRESENCE_IDS_PER_CONNECTION)
    expect(raw.ws.readyState).toBe(raw.ws.OPEN)
  })

  it('takes presence away with its connection even when the client id comes back', async () => {
    // A client reconnecting keeps its document's id; y-protocols then reports its presence as
    // updated, not added. It must still be the connection's: gone when it leaves, and counted.
    const server = await bed.server()
    const board = await server.createBoard()
    const watcher = await server.client(board.id)
    const states = () => watcher.provider.awareness.getStates()
    let clock = 0
    const presence = (ids: number[]) =>
      awarenessMessage(
        ids.map((clientId) => ({ clientId, clock: ++clock, state: { n: clientId }, size: 0 })),
      )
    for (let visit = 0; visit < 2; visit++) {
      const raw = await server.raw(board.id)
      raw.send(presence([901, 902, 903, 904, 905, 906]))
      await waitFor(() => states().has(901), { what: `presence on visit ${visit}` })
      expect([901, 902, 903, 904, 905, 906].filter((id) => states().has(id))).toHaveLength(4)
      raw.destroy()
      await waitFor(() => !states().has(901), { what: `presence gone after visit ${visit}` })
    }
  })
})
