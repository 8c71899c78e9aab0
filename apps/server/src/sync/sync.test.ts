import { afterEach, describe, expect, it } from 'vitest'
import {
  SCHEMA_VERSION,
  boardSnapshot,
  createActor,
  createRelation,
  deleteActor,
  entityRoot,
  moveActor,
  readActor,
  readActors,
  readEntities,
  readMeta,
  setBoardTitle,
  validateBoard,
} from '@samkart/model'
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import type { Storage } from '../storage/Storage'
import { STORE_KINDS, freshDatabaseUrl, locationOf, openTestStorage } from '../testing/stores'
import { TestBed, readStored } from '../testing/TestBed'
import { encodeAwareness } from './protocol'
import { waitFor } from '../testing/waitFor'

const names = (doc: Parameters<typeof readActors>[0]) => readActors(doc).map((a) => a.name)

describe.each(STORE_KINDS)('sync through the server (%s)', (store) => {
  const bed = new TestBed(store)
  afterEach(() => bed.cleanup())

  it('serves the board the server created: the client never seeds it', async () => {
    const server = await bed.server()
    const board = await server.createBoard('Barnevern i Vestfold')
    const client = await server.client(board.id)
    expect(readMeta(client.doc)).toMatchObject({
      title: 'Barnevern i Vestfold',
      schemaVersion: SCHEMA_VERSION,
    })
  })

  it('makes two clients converge, edits from both sides', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const a = await server.client(board.id)
    const b = await server.client(board.id)

    const nav = createActor(a.doc, { name: 'NAV' })
    const kommune = createActor(b.doc, { name: 'Kommunen' })
    if (!nav.ok || !kommune.ok) throw new Error('setup')
    await waitFor(() => readActor(b.doc, nav.value), { what: 'b to see NAV' })
    expect(moveActor(b.doc, nav.value, { importance: 0.9, substitutability: 0.1 }).ok).toBe(true)

    await waitFor(
      () => readActor(a.doc, nav.value)?.importance === 0.9 && names(a.doc).length === 2,
    )
    await waitFor(() => names(b.doc).length === 2)
    expect(boardSnapshot(a.doc)).toEqual(boardSnapshot(b.doc))
    expect(names(a.doc)).toEqual(['Kommunen', 'NAV'])
  })

  it('gives a client that joins later the full state', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const a = await server.client(board.id)
    for (let i = 0; i < 20; i++) createActor(a.doc, { name: `Aktør ${i}` })
    const b = await server.client(board.id)
    await waitFor(() => names(b.doc).length === 20)
    const late = await server.client(board.id)
    expect(boardSnapshot(late.doc)).toEqual(boardSnapshot(a.doc))
  })

  it('relays awareness (who is here, cursors) between clients', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const a = await server.client(board.id)
    const b = await server.client(board.id)
    a.provider.awareness.setLocalStateField('user', { name: 'Kari' })
    await waitFor(() =>
      [...b.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Kari'),
    )
    a.destroy()
    await waitFor(() => b.provider.awareness.getStates().size === 1, { what: 'Kari to leave' })
  })

  it('removes the presence of a client that vanishes, even one that spoke while the board loaded', async () => {
    const dataDir = bed.tempDir()
    const databaseUrl = store === 'postgres' ? await freshDatabaseUrl() : ''
    const inner = await openTestStorage(locationOf({ dataDir, databaseUrl }))
    // Slow loads, so that the first client's messages arrive while its board is loading.
    const storage: Storage = Object.assign(Object.create(inner) as Storage, {
      loadBoard: async (id: string) => {
        await new Promise((resolve) => setTimeout(resolve, 100))
        return inner.loadBoard(id)
      },
    })
    const server = await bed.server({ dataDir, databaseUrl, storage })
    const board = await server.createBoard()
    const ghost = await server.raw(board.id)
    const presence = new awarenessProtocol.Awareness(new Y.Doc())
    presence.setLocalStateField('user', { name: 'Gjest' })
    ghost.send(encodeAwareness(presence, [presence.clientID]))
    const watcher = await server.client(board.id)
    await waitFor(() => watcher.provider.awareness.getStates().has(presence.clientID))
    ghost.destroy() // gone without saying goodbye
    await waitFor(() => !watcher.provider.awareness.getStates().has(presence.clientID), {
      timeoutMs: 5_000,
      what: 'the ghost to disappear (long before the 30 s awareness timeout)',
    })
    presence.destroy()
  })

  it('stores every edit, and keeps the board list title in step with the document', async () => {
    const server = await bed.server()
    const board = await server.createBoard('Før')
    const a = await server.client(board.id)
    const b = await server.client(board.id)
    createActor(a.doc, { name: 'Statsforvalteren' })
    setBoardTitle(a.doc, 'Etter')
    await waitFor(() => readMeta(b.doc).title === 'Etter' && names(b.doc).length === 1)

    const stored = await readStored(server, board.id)
    expect(boardSnapshot(stored.doc)).toEqual(boardSnapshot(a.doc))
    const listed = await (
      await server.api(`/api/boards/${board.id}`, { token: board.token })
    ).json()
    expect(listed).toMatchObject({ id: board.id, title: 'Etter', createdAt: board.createdAt })
  })

  it('keeps the state, and its tokens valid, across a graceful restart on the same data folder', async () => {
    const first = await bed.server()
    const board = await first.createBoard()
    const a = await first.client(board.id)
    for (let i = 0; i < 10; i++) createActor(a.doc, { name: `Aktør ${i}` })
    const b = await first.client(board.id)
    await waitFor(() => names(b.doc).length === 10)
    const expected = boardSnapshot(a.doc)
    a.destroy()
    b.destroy()
    await first.close()
    // Shutdown compacts: one snapshot, no log rows left.
    expect((await readStored(first, board.id)).updates).toBe(0)

    const second = await bed.server({ dataDir: first.dataDir, databaseUrl: first.databaseUrl })
    const c = await second.client(board.id, board.token)
    expect(boardSnapshot(c.doc)).toEqual(expected)
  })

  it('unloads a board after the grace period, compacting it, and reloads it from disk', async () => {
    const server = await bed.server({ unloadGraceMs: 20 })
    const board = await server.createBoard()
    const a = await server.client(board.id)
    const b = await server.client(board.id)
    for (let i = 0; i < 5; i++) createActor(a.doc, { name: `Aktør ${i}` })
    await waitFor(() => names(b.doc).length === 5)
    const logged = await readStored(server, board.id)
    expect(logged.updates + logged.journaled).toBeGreaterThan(0)
    const expected = boardSnapshot(a.doc)
    a.destroy()
    b.destroy()

    await waitFor(() => server.loadedBoards().length === 0, { what: 'the board to unload' })
    // The room is gone from the list at once; an async store commits the compaction after.
    await waitFor(
      async () => {
        const compacted = await readStored(server, board.id)
        return compacted.updates + compacted.journaled === 0
      },
      { what: 'the unloaded board to be compacted' },
    )
    const c = await server.client(board.id)
    expect(server.loadedBoards()).toEqual([board.id])
    expect(boardSnapshot(c.doc)).toEqual(expected)
  })

  it('keeps a board loaded while a client is connected, however long the grace period', async () => {
    const server = await bed.server({ unloadGraceMs: 0 })
    const board = await server.createBoard()
    const a = await server.client(board.id)
    const b = await server.client(board.id)
    b.destroy()
    createActor(a.doc, { name: 'Fortsatt her' })
    const c = await server.client(board.id)
    await waitFor(() => names(c.doc).length === 1)
    expect(server.loadedBoards()).toEqual([board.id])
  })

  it('compacts the log into a snapshot every compactEvery updates', async () => {
    const server = await bed.server({ compactEvery: 10 })
    const board = await server.createBoard()
    const a = await server.client(board.id)
    const b = await server.client(board.id)
    for (let i = 0; i < 25; i++) createActor(a.doc, { name: `Aktør ${i}` })
    await waitFor(() => names(b.doc).length === 25)
    const stored = await readStored(server, board.id)
    expect(stored.updates).toBeLessThan(10)
    expect(boardSnapshot(stored.doc)).toEqual(boardSnapshot(a.doc))
    expect(validateBoard(stored.doc)).toEqual([])
  })

  it('accepts an offline edit that a concurrent delete left dangling, then removes it for everyone', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const a = await server.client(board.id)
    const b = await server.client(board.id)
    const nav = createActor(a.doc, { name: 'NAV' })
    const skatt = createActor(a.doc, { name: 'Skatteetaten' })
    if (!nav.ok || !skatt.ok) throw new Error('setup')
    await waitFor(() => names(b.doc).length === 2)

    // B draws a relation to NAV while A deletes NAV: the CRDT keeps both edits.
    b.provider.disconnect()
    expect(createRelation(b.doc, { source: nav.value, target: skatt.value }).ok).toBe(true)
    expect(deleteActor(a.doc, nav.value).ok).toBe(true)
    b.provider.connect()

    // The delete wins: every client ends with neither the actor nor the relation, not even a
    // hidden one, and so does the stored board.
    const relations = (doc: Y.Doc) => entityRoot(doc, 'relation').size
    await waitFor(
      () => names(b.doc).length === 1 && relations(b.doc) === 0 && relations(a.doc) === 0,
      {
        what: 'both clients to drop the dangling relation',
      },
    )
    expect(b.provider.wsconnected).toBe(true)
    expect(boardSnapshot(a.doc)).toEqual(boardSnapshot(b.doc))
    expect(validateBoard(a.doc)).toEqual([])
    const stored = await readStored(server, board.id)
    expect(readEntities(stored.doc, 'relation')).toEqual([])
  })

  it('pings every client and drops one that stops answering', async () => {
    const server = await bed.server({ pingIntervalMs: 30 })
    const board = await server.createBoard()
    const alive = await server.raw(board.id)
    let pings = 0
    alive.ws.on('ping', () => pings++)
    const dead = await server.raw(board.id, { autoPong: false })
    expect(await dead.closed).toMatchObject({ code: 1006 }) // terminated, no close frame
    await waitFor(() => pings >= 3, { what: 'three pings' })
    expect(alive.ws.readyState).toBe(alive.ws.OPEN)
  })

  it('answers an unknown or invalid board id with close code 4404', async () => {
    // Open access: with tokens on, a socket without one is refused before the board is looked up.
    const server = await bed.server({ access: 'open' })
    const unknown = await server.raw('NoSuchBoard123')
    expect(await unknown.closed).toEqual({ code: 4404, reason: 'board not found' })
    const invalid = await server.raw('bad%20id%21')
    expect(await invalid.closed).toEqual({ code: 4404, reason: 'invalid board id' })
    const tooLong = await server.raw('a'.repeat(65))
    expect((await tooLong.closed).code).toBe(4404)
    expect(server.loadedBoards()).toEqual([])
  })

  it('tells a stock client to stop reconnecting to a board that does not exist', async () => {
    const server = await bed.server({ access: 'open' })
    const { WebsocketProvider } = await import('y-websocket')
    const { default: WebSocket } = await import('ws')
    const doc = new (await import('yjs')).Doc()
    const provider = new WebsocketProvider(server.wsUrl, 'Missing', doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    })
    bed.onCleanup(() => provider.destroy())
    const closed = await new Promise<{ code: number }>((resolve) =>
      provider.on('closed', (event) => resolve(event)),
    )
    expect(closed.code).toBe(4404)
    expect(provider.shouldConnect).toBe(false)
  })
})
