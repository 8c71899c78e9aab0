import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  readCommentThreads,
  openThreadCounts,
  commentsMentioning,
} from '../comments/commentThreads'
import { setViewersMayComment, viewersMayComment } from '../comments/commentPermission'
import { readEntities, readEntity } from '../doc/entityStore'
import { pruneDangling } from '../doc/pruneDangling'
import { validateBoard } from '../doc/validateBoard'
import { entityRoot } from '../doc/schema'
import { must, newBoard, replica, syncPair } from '../test/docs'
import { createActor, deleteActor } from './actorOps'
import { createRelation } from './relationOps'
import {
  addThread,
  deleteComment,
  editComment,
  replyToThread,
  retargetComments,
  setThreadResolved,
} from './commentOps'

const kari = { authorId: 'kari0001', authorName: 'Kari', now: '2026-01-01T10:00:00.000Z' }
const ola = { authorId: 'ola00001', authorName: 'Ola', now: '2026-01-01T10:05:00.000Z' }

function boardWithActor() {
  const doc = newBoard()
  const actor = must(createActor(doc, { name: 'NAV' }))
  return { doc, actor }
}

describe('comment threads', () => {
  it('starts a thread, replies, edits, resolves and reopens', () => {
    const { doc, actor } = boardWithActor()
    const thread = must(
      addThread(doc, { kind: 'actor', id: actor }, { ...kari, text: '  Hvem eier dette? ' }),
    )
    const reply = must(
      replyToThread(doc, thread, { ...ola, text: '@Kari Vi gjør', mentions: ['kari0001'] }),
    )
    must(editComment(doc, reply, { text: 'Vi eier det', now: '2026-01-01T11:00:00.000Z' }))
    must(setThreadResolved(doc, thread, true))
    let [t] = readCommentThreads(doc)
    expect(t).toMatchObject({
      id: thread,
      targetKind: 'actor',
      targetId: actor,
      resolved: true,
      lastActivity: '2026-01-01T11:00:00.000Z',
    })
    expect(t!.first.text).toBe('Hvem eier dette?')
    expect(t!.replies.map((r) => [r.text, r.threadId, r.mentions, r.targetId])).toEqual([
      ['Vi eier det', thread, [], actor],
    ])
    expect(openThreadCounts(readCommentThreads(doc)).size).toBe(0)
    must(setThreadResolved(doc, thread, false))
    ;[t] = readCommentThreads(doc)
    expect(t!.resolved).toBe(false)
    expect(openThreadCounts(readCommentThreads(doc)).get(`actor:${actor}`)).toBe(1)
    expect(validateBoard(doc)).toEqual([])
  })

  it('refuses empty text, a missing target and a reply to a reply', () => {
    const { doc, actor } = boardWithActor()
    expect(addThread(doc, { kind: 'actor', id: actor }, { ...kari, text: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'required' },
    })
    expect(addThread(doc, { kind: 'actor', id: 'nope' }, { ...kari, text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'missing_reference' },
    })
    expect(addThread(doc, { kind: 'note', id: 'nope' }, { ...kari, text: 'x' }).ok).toBe(false)
    const thread = must(addThread(doc, { kind: 'actor', id: actor }, { ...kari, text: 'a' }))
    const reply = must(replyToThread(doc, thread, { ...ola, text: 'b' }))
    expect(replyToThread(doc, reply, { ...kari, text: 'c' }).ok).toBe(false)
    expect(
      addThread(doc, { kind: 'actor', id: actor }, { ...kari, text: 'x'.repeat(4001) }),
    ).toMatchObject({ ok: false, error: { code: 'too_long' } })
  })

  it('deletes softly: the first comment empties but its replies stay', () => {
    const { doc, actor } = boardWithActor()
    const thread = must(
      addThread(doc, { kind: 'actor', id: actor }, { ...kari, text: 'a', mentions: ['ola00001'] }),
    )
    must(replyToThread(doc, thread, { ...ola, text: 'b' }))
    must(deleteComment(doc, thread))
    const [t] = readCommentThreads(doc)
    expect(t!.first).toMatchObject({ deleted: true, text: '', mentions: [] })
    expect(t!.replies).toHaveLength(1)
    expect(editComment(doc, thread, { text: 'again' }).ok).toBe(false)
  })

  it('finds the comments that mention a participant', () => {
    const { doc, actor } = boardWithActor()
    const thread = must(
      addThread(
        doc,
        { kind: 'actor', id: actor },
        { ...kari, text: '@Ola', mentions: ['ola00001', 'ola00001'] },
      ),
    )
    const threads = readCommentThreads(doc)
    expect(commentsMentioning(threads, 'ola00001').map((c) => c.id)).toEqual([thread])
    expect(readEntity(doc, 'comment', thread)!.mentions).toEqual(['ola00001'])
  })

  it('goes with its target, and comes back when the delete is undone', () => {
    const { doc, actor } = boardWithActor()
    const other = must(createActor(doc, { name: 'Skatteetaten' }))
    const relation = must(createRelation(doc, { source: actor, target: other }))
    const origin = Symbol('tab')
    const undo = new Y.UndoManager(
      [entityRoot(doc, 'actor'), entityRoot(doc, 'relation'), entityRoot(doc, 'comment')],
      {
        trackedOrigins: new Set([origin]),
      },
    )
    const onActor = must(addThread(doc, { kind: 'actor', id: actor }, { ...kari, text: 'a' }))
    must(replyToThread(doc, onActor, { ...ola, text: 'b' }))
    must(addThread(doc, { kind: 'relation', id: relation }, { ...kari, text: 'c' }))
    must(addThread(doc, { kind: 'actor', id: other }, { ...kari, text: 'd' }))
    must(deleteActor(doc, actor, { origin }))
    expect(readEntities(doc, 'comment').map((c) => c.text)).toEqual(['d'])
    undo.undo()
    expect(
      readEntities(doc, 'comment')
        .map((c) => c.text)
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd'])
  })

  it('prunes a comment written on an item deleted at the same moment', () => {
    const { doc, actor } = boardWithActor()
    const other = replica(doc)
    must(addThread(other, { kind: 'actor', id: actor }, { ...kari, text: 'a' }))
    must(deleteActor(doc, actor))
    syncPair(doc, other)
    expect(readCommentThreads(doc)).toEqual([])
    expect(pruneDangling(doc)).toBe(1)
    expect(readEntities(doc, 'comment')).toEqual([])
  })

  it('follows a promoted item to its new target', () => {
    const { doc, actor } = boardWithActor()
    const other = must(createActor(doc, { name: 'Skatteetaten' }))
    const thread = must(addThread(doc, { kind: 'actor', id: actor }, { ...kari, text: 'a' }))
    must(replyToThread(doc, thread, { ...ola, text: 'b' }))
    expect(retargetComments(doc, { kind: 'actor', id: actor }, { kind: 'actor', id: other })).toBe(
      2,
    )
    expect(readEntities(doc, 'comment').every((c) => c.targetId === other)).toBe(true)
    expect(retargetComments(doc, { kind: 'note', id: 'gone' }, { kind: 'actor', id: other })).toBe(
      0,
    )
  })
})

describe('viewersMayComment', () => {
  it('is false until a facilitator allows it', () => {
    const doc = newBoard()
    expect(viewersMayComment(doc)).toBe(false)
    setViewersMayComment(doc, true)
    expect(viewersMayComment(doc)).toBe(true)
    expect(validateBoard(doc)).toEqual([])
  })
})
