import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import {
  LOCKS_ROOT,
  type LockScope,
  addSavedView,
  createActor,
  createJourney,
  readActors,
  readJourneys,
  readLocks,
  readPresentation,
  readSavedViews,
  savedViewSpec,
  writeLock,
  writePresentation,
} from '@samkart/model'
import { TestBed, readStoredBoard } from '../testing/TestBed'
import { waitFor } from '../testing/waitFor'

const bed = new TestBed()
afterEach(() => bed.cleanup())

type Server = Awaited<ReturnType<typeof bed.server>>
const names = (doc: Y.Doc) => readActors(doc).map((a) => a.name)

/** A board with a facilitator (the creator), two editors and a viewer, each a real client. */
async function boardWithRoles() {
  const server = await bed.server()
  const board = await server.createBoard()
  const editorLink = await server.link(board.id, 'editor')
  const facilitator = await server.client(board.id)
  const editor = await server.client(board.id, editorLink)
  const other = await server.client(board.id, editorLink)
  const viewer = await server.client(board.id, await server.link(board.id, 'viewer'))
  return { server, board, facilitator, editor, other, viewer, editorLink }
}

const droppedWrites = async (server: Server, id: string) =>
  (
    (await (await server.api(`/api/boards/${id}`, { token: server.tokenOf(id) })).json()) as {
      droppedWrites: number
    }
  ).droppedWrites

const lock = (server: Server, id: string, scope: LockScope, locked: boolean, token?: string) =>
  server.api(`/api/boards/${id}/lock`, {
    method: 'PUT',
    token: token ?? server.tokenOf(id),
    body: { scope, locked, by: 'Fride' },
  })

describe('locking a board', () => {
  it("drops an editor's writes to a locked board, counted, socket open; facilitators still write; unlocking lets editors write again", async () => {
    const { server, board, facilitator, editor, other, viewer } = await boardWithRoles()
    const res = await lock(server, board.id, 'board', true)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { locks: { scope: string; by: string }[] }
    expect(body.locks).toMatchObject([{ scope: 'board', by: 'Fride' }])
    for (const client of [facilitator, editor, other, viewer])
      await waitFor(() => readLocks(client.doc).length === 1, { what: 'everyone to see the lock' })

    createActor(editor.doc, { name: 'Under lås' })
    createActor(facilitator.doc, { name: 'Fasilitators' })
    await waitFor(() => names(viewer.doc).includes('Fasilitators'))
    await waitFor(async () => (await droppedWrites(server, board.id)) === 1, {
      what: "the editor's write counted as dropped",
    })
    expect(names(other.doc)).toEqual(['Fasilitators'])
    expect(names(readStoredBoard(server.dataDir, board.id).doc)).toEqual(['Fasilitators'])
    expect(editor.provider.wsconnected).toBe(true)

    expect((await lock(server, board.id, 'board', false)).status).toBe(200)
    await waitFor(() => readLocks(other.doc).length === 0)
    createActor(other.doc, { name: 'Etter opplåsing' })
    await waitFor(() => names(facilitator.doc).includes('Etter opplåsing'), {
      what: "an editor's write after unlocking",
    })
  })

  it('brings back a write dropped under the lock with that editor’s next edit after unlocking', async () => {
    // The documented subtlety: a stock client keeps what the server dropped. Its next edit
    // builds on it, so the server has it resync, and its sync step carries both.
    const { server, board, facilitator, editor } = await boardWithRoles()
    await lock(server, board.id, 'actors', true)
    await waitFor(() => readLocks(editor.doc).length === 1)
    createActor(editor.doc, { name: 'Under lås' })
    await waitFor(async () => (await droppedWrites(server, board.id)) === 1)
    await lock(server, board.id, 'actors', false)
    await waitFor(() => readLocks(editor.doc).length === 0)
    createActor(editor.doc, { name: 'Etterpå' })
    await waitFor(() => names(facilitator.doc).length === 2, { what: 'both writes to arrive' })
    expect(names(facilitator.doc).sort()).toEqual(['Etterpå', 'Under lås'])
  })

  it('locks one view only: the journeys locked, the aktørkart still open to editors', async () => {
    const { server, board, facilitator, editor, other } = await boardWithRoles()
    await lock(server, board.id, 'journeys', true)
    await waitFor(() => readLocks(editor.doc).length === 1)
    createJourney(editor.doc, { title: 'Låst reise' })
    // Another editor: this one's next edits build on the dropped journey and wait for the
    // unlock with it (see the test above).
    createActor(other.doc, { name: 'Åpen aktør' })
    await waitFor(() => names(facilitator.doc).includes('Åpen aktør'))
    await waitFor(async () => (await droppedWrites(server, board.id)) === 1)
    expect(readJourneys(facilitator.doc)).toEqual([])
  })

  it('refuses locking by editors, over the API and by writing the locks root', async () => {
    const { server, board, facilitator, editor, editorLink } = await boardWithRoles()
    const refused = await lock(server, board.id, 'board', true, editorLink)
    expect(refused.status).toBe(403)
    writeLock(editor.doc, 'board', { by: 'Eirik', since: '2026-01-01T00:00:00.000Z' })
    // Not even a facilitator's client writes the root: the server does, for the API.
    writeLock(facilitator.doc, 'actors', { by: 'Fride', since: '2026-01-01T00:00:00.000Z' })
    await waitFor(async () => (await droppedWrites(server, board.id)) === 2)
    expect(readStoredBoard(server.dataDir, board.id).doc.getMap(LOCKS_ROOT).size).toBe(0)
    expect(editor.provider.wsconnected).toBe(true)
    // The editor still writes: nothing is locked.
    const other = await server.client(board.id, editorLink)
    createActor(other.doc, { name: 'Fri' })
    await waitFor(() => names(facilitator.doc).includes('Fri'))
  })

  it('holds an editor’s rename over HTTP under the board lock, as over the socket', async () => {
    const { server, board, facilitator, editorLink } = await boardWithRoles()
    const rename = (title: string, token: string) =>
      server.api(`/api/boards/${board.id}`, { method: 'PATCH', token, body: { title } })
    await lock(server, board.id, 'board', true)
    const refused = await rename('Omdøpt under lås', editorLink)
    expect(refused.status).toBe(409)
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('locked')
    expect(readStoredBoard(server.dataDir, board.id).doc.getMap('meta').get('title')).toBe(
      board.title,
    )
    // The aktørkart lock does not cover the title; the facilitator renames under any lock.
    expect((await rename('Av fasilitator', server.tokenOf(board.id)!)).status).toBe(200)
    await waitFor(() => facilitator.doc.getMap('meta').get('title') === 'Av fasilitator')
    await lock(server, board.id, 'board', false)
    await lock(server, board.id, 'actors', true)
    expect((await rename('Av redaktør', editorLink)).status).toBe(200)
  })

  it('answers bad lock requests with a reason and reads the locks for any role', async () => {
    const { server, board, editorLink } = await boardWithRoles()
    const bad = await server.api(`/api/boards/${board.id}/lock`, {
      method: 'PUT',
      token: server.tokenOf(board.id),
      body: { scope: 'kitchen', locked: true },
    })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/scope/)
    await lock(server, board.id, 'actors', true)
    const read = await server.api(`/api/boards/${board.id}/lock`, { token: editorLink })
    expect(read.status).toBe(200)
    expect(((await read.json()) as { locks: unknown[] }).locks).toHaveLength(1)
    const post = await server.api(`/api/boards/${board.id}/lock`, {
      method: 'POST',
      token: server.tokenOf(board.id),
    })
    expect(post.status).toBe(405)
  })
})

describe('the walkthrough', () => {
  it('takes saved views and presentation state from facilitators only', async () => {
    const { server, board, facilitator, editor, viewer } = await boardWithRoles()
    addSavedView(editor.doc, { ...savedViewSpec.defaults, name: 'Redaktørens' })
    writePresentation(editor.doc, { step: 'x', by: 'Eirik', focus: false })
    await waitFor(async () => (await droppedWrites(server, board.id)) === 2)

    const step = addSavedView(facilitator.doc, { ...savedViewSpec.defaults, name: 'Steg 1' })
    if (!step.ok) throw new Error('no step')
    writePresentation(facilitator.doc, { step: step.value, by: 'Fride', focus: false })
    await waitFor(() => readPresentation(viewer.doc)?.step === step.value, {
      what: 'the viewer to follow the presentation',
    })
    expect(readSavedViews(viewer.doc).map((v) => v.name)).toEqual(['Steg 1'])
    const stored = readStoredBoard(server.dataDir, board.id).doc
    expect(readPresentation(stored)).toEqual({ step: step.value, by: 'Fride', focus: false })
  })
})
