import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import { boardSnapshot, createActor, readActors, setBoardTitle } from '@samkart/model'
import { TestBed, readStoredBoard } from '../testing/TestBed'
import { waitFor } from '../testing/waitFor'
import { encodeAwareness } from './protocol'

const bed = new TestBed()
afterEach(() => bed.cleanup())

const names = (doc: Y.Doc) => readActors(doc).map((a) => a.name)

/** A board with a facilitator (the creator), an editor and a viewer, each a real client. */
async function boardWithRoles() {
  const server = await bed.server()
  const board = await server.createBoard()
  const facilitator = await server.client(board.id)
  const editor = await server.client(board.id, await server.link(board.id, 'editor'))
  const viewer = await server.client(board.id, await server.link(board.id, 'viewer'))
  return { server, board, facilitator, editor, viewer }
}

const droppedWrites = async (server: Awaited<ReturnType<typeof bed.server>>, id: string) =>
  (
    (await (await server.api(`/api/boards/${id}`, { token: server.tokenOf(id) })).json()) as {
      droppedWrites: number
    }
  ).droppedWrites

describe('roles on the sync socket', () => {
  it('lets editors and facilitators write, and every role receive every update', async () => {
    const { server, board, facilitator, editor, viewer } = await boardWithRoles()
    createActor(editor.doc, { name: 'Fra redaktør' })
    createActor(facilitator.doc, { name: 'Fra fasilitator' })
    for (const client of [facilitator, editor, viewer])
      await waitFor(() => names(client.doc).length === 2, { what: 'both edits everywhere' })
    expect(names(viewer.doc).sort()).toEqual(['Fra fasilitator', 'Fra redaktør'])
    expect(boardSnapshot(readStoredBoard(server.dataDir, board.id).doc)).toEqual(
      boardSnapshot(editor.doc),
    )
    expect(await droppedWrites(server, board.id)).toBe(0)
  })

  it("drops a viewer's writes: no one else and nothing stored sees them, and they are counted", async () => {
    const { server, board, facilitator, editor, viewer } = await boardWithRoles()
    createActor(viewer.doc, { name: 'Fra leser' })
    setBoardTitle(viewer.doc, 'Lesers tittel')
    // A later edit by the editor reaches everyone, so the viewer's earlier writes, sent on the
    // same ordered path, have been handled by then.
    createActor(editor.doc, { name: 'Etterpå' })
    await waitFor(() => names(viewer.doc).includes('Etterpå'), { what: 'the viewer to receive' })
    await waitFor(() => names(facilitator.doc).includes('Etterpå'))
    await waitFor(async () => (await droppedWrites(server, board.id)) === 2, {
      what: 'two dropped writes counted',
    })
    expect(names(facilitator.doc)).toEqual(['Etterpå'])
    expect(names(editor.doc)).toEqual(['Etterpå'])
    const stored = readStoredBoard(server.dataDir, board.id).doc
    expect(names(stored)).toEqual(['Etterpå'])
    expect(boardSnapshot(stored).meta.title).toBe('Testtavle')
    expect(server.logs.some((l) => l.includes('write dropped'))).toBe(true)
    // The viewer stays connected: it still gets what others write.
    expect(viewer.provider.wsconnected).toBe(true)
  })

  it('does not count the empty sync answer every viewer sends on connect', async () => {
    const { server, board, viewer } = await boardWithRoles()
    const again = await server.client(board.id, await server.link(board.id, 'viewer'))
    expect(again.provider.synced && viewer.provider.synced).toBe(true)
    expect(await droppedWrites(server, board.id)).toBe(0)
  })

  it("relays a viewer's presence, but a summon only from a facilitator", async () => {
    const { facilitator, editor, viewer } = await boardWithRoles()
    const seenByFacilitator = (clientId: number) =>
      facilitator.provider.awareness.getStates().get(clientId)
    const summons: number[] = []
    facilitator.provider.awareness.on('change', () => {
      for (const [id, state] of facilitator.provider.awareness.getStates())
        if (state.summon) summons.push(id)
    })
    const seenByViewer: number[] = []
    viewer.provider.awareness.on('change', () => {
      for (const [id, state] of viewer.provider.awareness.getStates())
        if (state.summon) seenByViewer.push(id)
    })

    viewer.provider.awareness.setLocalState({ user: { name: 'Vera' }, cursor: null })
    await waitFor(() => seenByFacilitator(viewer.doc.clientID)?.user?.name === 'Vera')

    const summon = { seq: 1, view: 'actors:matrix', viewport: { x: 0, y: 0, zoom: 1 } }
    editor.provider.awareness.setLocalState({ user: { name: 'Eirik' }, summon })
    viewer.provider.awareness.setLocalState({ user: { name: 'Vera' }, summon })
    editor.provider.awareness.setLocalState({ user: { name: 'Eirik 2' } })
    viewer.provider.awareness.setLocalState({ user: { name: 'Vera 2' } })
    await waitFor(() => seenByFacilitator(editor.doc.clientID)?.user?.name === 'Eirik 2')
    await waitFor(() => seenByFacilitator(viewer.doc.clientID)?.user?.name === 'Vera 2')
    expect(summons).toEqual([])

    facilitator.provider.awareness.setLocalState({ user: { name: 'Fride' }, summon })
    await waitFor(() => seenByViewer.includes(facilitator.doc.clientID), {
      what: "the facilitator's summon to reach the viewer",
    })
  })

  it("keeps one connection from overwriting or removing another's presence", async () => {
    const { server, board, facilitator, viewer } = await boardWithRoles()
    facilitator.provider.awareness.setLocalState({ user: { name: 'Fride' } })
    const id = facilitator.doc.clientID
    await waitFor(() => viewer.provider.awareness.getStates().get(id)?.user?.name === 'Fride')

    // A rogue socket claims the facilitator's client id with a newer clock: first a summon in
    // the facilitator's name, then a removal.
    const rogue = await server.raw(board.id, {}, await server.link(board.id, 'viewer'))
    const fake = new awarenessProtocol.Awareness(new Y.Doc())
    fake.clientID = id
    fake.states.set(id, { user: { name: 'Falsk' }, summon: { seq: 9 } })
    fake.meta.set(id, { clock: 1000, lastUpdated: Date.now() })
    rogue.send(encodeAwareness(fake, [id]))
    fake.states.delete(id)
    fake.meta.set(id, { clock: 1001, lastUpdated: Date.now() })
    rogue.send(encodeAwareness(fake, [id]))

    // The facilitator's next real change still arrives, and nothing else did meanwhile.
    facilitator.provider.awareness.setLocalStateField('user', { name: 'Fride 2' })
    await waitFor(() => viewer.provider.awareness.getStates().get(id)?.user?.name === 'Fride 2')
    expect(viewer.provider.awareness.getStates().get(id)?.summon).toBeUndefined()
    fake.destroy()
  })
})
