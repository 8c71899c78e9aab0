import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import {
  VIEWERS_MAY_COMMENT,
  addThread,
  createActor,
  deleteComment,
  editComment,
  entityRoot,
  metaRoot,
  readActors,
  readCommentThreads,
  replyToThread,
  setViewersMayComment,
  viewersMayComment,
} from '@samkart/model'
import { TestBed, readStoredBoard } from '../testing/TestBed'
import { waitFor } from '../testing/waitFor'

const bed = new TestBed()
afterEach(() => bed.cleanup())

const FACILITATOR = 'fasilitator01'
const EDITOR = 'redaktor01'
const VIEWER = 'leser01'

/** A board with an actor, a facilitator, an editor and a viewer, each with a participant id. */
async function board() {
  const server = await bed.server()
  const { id } = await server.createBoard()
  const facilitator = await server.client(id, undefined, FACILITATOR)
  const editor = await server.client(id, await server.link(id, 'editor'), EDITOR)
  const viewerToken = await server.link(id, 'viewer')
  const viewer = await server.client(id, viewerToken, VIEWER)
  const actor = createActor(facilitator.doc, { name: 'NAV' })
  if (!actor.ok) throw new Error(actor.error.message)
  await waitFor(() => readActors(viewer.doc).length === 1 && readActors(editor.doc).length === 1)
  const dropped = async () =>
    (
      (await (await server.api(`/api/boards/${id}`, { token: server.tokenOf(id) })).json()) as {
        droppedWrites: number
      }
    ).droppedWrites
  return { server, id, facilitator, editor, viewer, viewerToken, actor: actor.value, dropped }
}

const texts = (doc: Y.Doc) =>
  readCommentThreads(doc)
    .flatMap((t) => [t.first, ...t.replies])
    .map((c) => c.text)
    .sort()

const as = (authorId: string, text: string) => ({ authorId, authorName: authorId, text })

describe('viewer comments on the sync socket', () => {
  it('drops a viewer’s comment until the facilitator allows it, then accepts its own', async () => {
    const { server, id, facilitator, viewer, viewerToken, actor, dropped } = await board()
    addThread(viewer.doc, { kind: 'actor', id: actor }, as(VIEWER, 'For tidlig'))
    await waitFor(async () => (await dropped()) === 1, { what: 'the early comment dropped' })
    expect(texts(facilitator.doc)).toEqual([])

    setViewersMayComment(facilitator.doc, true)
    // A fresh viewer client: the old one holds the dropped comment, which it would resend.
    const reader = await server.client(id, viewerToken, VIEWER)
    await waitFor(() => viewersMayComment(reader.doc))
    const thread = addThread(reader.doc, { kind: 'actor', id: actor }, as(VIEWER, 'Nå går det'))
    if (!thread.ok) throw new Error(thread.error.message)
    await waitFor(() => texts(facilitator.doc).includes('Nå går det'), { what: 'the comment' })
    // Its own comment it may edit, soft-delete, answer and resolve.
    editComment(reader.doc, thread.value, { text: 'Endret', mentions: [EDITOR] })
    replyToThread(reader.doc, thread.value, as(VIEWER, 'Svar'))
    await waitFor(() => texts(facilitator.doc).join() === 'Endret,Svar', { what: 'edits' })
    deleteComment(reader.doc, thread.value)
    await waitFor(() => readCommentThreads(facilitator.doc)[0]?.first.deleted === true)
    expect(await dropped()).toBe(1)
    const stored = readStoredBoard(server.dataDir, id).doc
    expect(readCommentThreads(stored)[0]!.first).toMatchObject({ authorId: VIEWER, deleted: true })
    expect(viewer.provider.wsconnected && reader.provider.wsconnected).toBe(true)
  })

  it('drops a viewer’s comment under another author, an edit of another’s comment and other writes', async () => {
    const { server, id, facilitator, editor, viewerToken, actor, dropped } = await board()
    setViewersMayComment(facilitator.doc, true)
    const editorThread = addThread(editor.doc, { kind: 'actor', id: actor }, as(EDITOR, 'Redaktør'))
    if (!editorThread.ok) throw new Error(editorThread.error.message)
    const attempts: ((doc: Y.Doc) => void)[] = [
      (doc) => addThread(doc, { kind: 'actor', id: actor }, as(EDITOR, 'Forkledd')),
      (doc) => editComment(doc, editorThread.value, { text: 'Kapret' }),
      (doc) => entityRoot(doc, 'comment').delete(editorThread.value),
      (doc) => createActor(doc, { name: 'Fra leser' }),
      (doc) => metaRoot(doc).set(VIEWERS_MAY_COMMENT, false),
    ]
    let count = 0
    for (const attempt of attempts) {
      // One client per attempt: a client whose write was dropped resends it on every resync.
      const viewer = await server.client(id, viewerToken, VIEWER)
      await waitFor(() => texts(viewer.doc).includes('Redaktør') && viewersMayComment(viewer.doc))
      attempt(viewer.doc)
      count++
      await waitFor(async () => (await dropped()) === count, { what: `attempt ${count} dropped` })
      expect(viewer.provider.wsconnected).toBe(true)
    }
    // The viewer's own comment still goes through afterwards.
    const viewer = await server.client(id, viewerToken, VIEWER)
    await waitFor(() => viewersMayComment(viewer.doc))
    addThread(viewer.doc, { kind: 'actor', id: actor }, as(VIEWER, 'Egen'))
    await waitFor(() => texts(editor.doc).includes('Egen'))
    expect(texts(facilitator.doc)).toEqual(['Egen', 'Redaktør'])
    expect(readActors(facilitator.doc).map((a) => a.name)).toEqual(['NAV'])
    expect(viewersMayComment(readStoredBoard(server.dataDir, id).doc)).toBe(true)
  })

  it('keeps viewers out again when the facilitator withdraws the permission', async () => {
    const { server, id, facilitator, viewerToken, actor, dropped } = await board()
    setViewersMayComment(facilitator.doc, true)
    setViewersMayComment(facilitator.doc, false)
    const viewer = await server.client(id, viewerToken, VIEWER)
    await waitFor(() => metaRoot(viewer.doc).has(VIEWERS_MAY_COMMENT))
    addThread(viewer.doc, { kind: 'actor', id: actor }, as(VIEWER, 'Stengt'))
    await waitFor(async () => (await dropped()) === 1)
    expect(texts(facilitator.doc)).toEqual([])
  })
})

describe('the permission to comment', () => {
  it('is the facilitator’s: an editor’s change of it is dropped and counted', async () => {
    const { server, id, facilitator, editor, dropped } = await board()
    setViewersMayComment(editor.doc, true)
    await waitFor(async () => (await dropped()) === 1, { what: 'the editor’s flip dropped' })
    expect(editor.provider.wsconnected).toBe(true)
    expect(viewersMayComment(facilitator.doc)).toBe(false)
    expect(viewersMayComment(readStoredBoard(server.dataDir, id).doc)).toBe(false)
    // Editors still write everything else.
    const fresh = await server.client(id, await server.link(id, 'editor'), EDITOR)
    createActor(fresh.doc, { name: 'Fra redaktør' })
    await waitFor(() => readActors(facilitator.doc).length === 2)
  })
})

describe('participant ids in presence', () => {
  it('relays a presence naming its own participant id, and ignores one naming another', async () => {
    const { facilitator, viewer } = await board()
    const seen = () => facilitator.provider.awareness.getStates().get(viewer.doc.clientID)?.user
    const names: string[] = []
    facilitator.provider.awareness.on('change', () => names.push(String(seen()?.name)))
    viewer.provider.awareness.setLocalState({ user: { name: 'Vera', participantId: VIEWER } })
    await waitFor(() => seen()?.participantId === VIEWER, { what: 'own id relayed' })
    viewer.provider.awareness.setLocalState({ user: { name: 'Falsk', participantId: EDITOR } })
    viewer.provider.awareness.setLocalState({ user: { name: 'Vera 2', participantId: VIEWER } })
    await waitFor(() => seen()?.name === 'Vera 2', { what: 'the honest state after' })
    expect(names).not.toContain('Falsk')
    expect(viewer.provider.wsconnected).toBe(true)
  })
})
