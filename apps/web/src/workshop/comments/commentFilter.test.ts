import { describe, expect, it } from 'vitest'
import {
  addThread,
  initBoard,
  createActor,
  readCommentThreads,
  replyToThread,
  setThreadResolved,
} from '@samkart/model'
import * as Y from 'yjs'
import { DEFAULT_COMMENT_FILTER, threadMatches } from './commentFilter'

function board() {
  const doc = new Y.Doc()
  initBoard(doc, { title: 'Filter' })
  const actor = createActor(doc, { name: 'NAV' })
  if (!actor.ok) throw new Error(actor.error.message)
  const kari = { authorId: 'kari0001', authorName: 'Kari' }
  const open = addThread(doc, { kind: 'actor', id: actor.value }, { ...kari, text: 'Åpen' })
  const done = addThread(doc, { kind: 'actor', id: actor.value }, { ...kari, text: 'Løst' })
  if (!open.ok || !done.ok) throw new Error('not written')
  replyToThread(doc, open.value, {
    authorId: 'ola00001',
    authorName: 'Ola',
    text: '@Kari',
    mentions: ['kari0001'],
  })
  setThreadResolved(doc, done.value, true)
  return readCommentThreads(doc)
}

describe('the panel’s filter', () => {
  it('by status, by who and by kind of item', () => {
    const threads = board()
    const texts = (filter: Parameters<typeof threadMatches>[1], me: string) =>
      threads.filter((t) => threadMatches(t, filter, me)).map((t) => t.first.text)
    expect(texts(DEFAULT_COMMENT_FILTER, 'x')).toEqual(['Åpen'])
    expect(texts({ ...DEFAULT_COMMENT_FILTER, status: 'resolved' }, 'x')).toEqual(['Løst'])
    expect(texts({ ...DEFAULT_COMMENT_FILTER, status: 'all' }, 'x')).toHaveLength(2)
    expect(texts({ status: 'all', who: 'mine', kind: 'all' }, 'ola00001')).toEqual(['Åpen'])
    expect(texts({ status: 'all', who: 'mentions', kind: 'all' }, 'kari0001')).toEqual(['Åpen'])
    expect(texts({ status: 'all', who: 'everyone', kind: 'touchpoint' }, 'x')).toEqual([])
  })
})
