import { initBoard } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { openLocalCopy } from './localCopy'

describe('local copy', () => {
  it('works on without IndexedDB, and knows whether the document holds a board', async () => {
    const doc = new Y.Doc()
    const copy = openLocalCopy(doc, 'b1', undefined)
    expect(copy.state.get()).toBe('unavailable')
    expect(copy.hasBoard()).toBe(false)
    initBoard(doc, { title: 'Tavle' })
    expect(copy.hasBoard()).toBe(true)
    await copy.clear()
    copy.destroy()
  })
})
