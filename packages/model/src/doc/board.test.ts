import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from './BoardMeta'
import { initBoard, readMeta, setBoardTitle } from './board'
import { type Migration, migrateBoard } from './migrations'
import { metaRoot } from './schema'

describe('board metadata', () => {
  it('initialises title, schema version and creation time', () => {
    const doc = new Y.Doc()
    initBoard(doc, { title: '  Alvorlig sykt barn ', createdAt: '2026-11-22T08:00:00.000Z' })
    expect(readMeta(doc)).toEqual({
      title: 'Alvorlig sykt barn',
      schemaVersion: SCHEMA_VERSION,
      createdAt: '2026-11-22T08:00:00.000Z',
      template: '',
    })
  })
  it('refuses an empty or overlong title', () => {
    expect(initBoard(new Y.Doc(), { title: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'required' },
    })
    const doc = new Y.Doc()
    initBoard(doc, { title: 'A' })
    expect(setBoardTitle(doc, 'x'.repeat(201))).toMatchObject({
      ok: false,
      error: { code: 'too_long' },
    })
    expect(readMeta(doc).title).toBe('A')
  })
  it('reads an unsynced document as empty', () => {
    expect(readMeta(new Y.Doc())).toEqual({
      title: '',
      schemaVersion: 0,
      createdAt: '',
      template: '',
    })
  })
})

describe('migrateBoard', () => {
  const renameNotes: Migration = {
    from: 1,
    describe: 'rename actor.note to actor.notes',
    up(doc) {
      doc.getMap<Y.Map<unknown>>('actors').forEach((a) => {
        if (a.has('note')) {
          a.set('notes', a.get('note'))
          a.delete('note')
        }
      })
    },
  }
  function v1WithNote() {
    const doc = new Y.Doc()
    initBoard(doc, { title: 'Gammel' })
    metaRoot(doc).set('schemaVersion', 1)
    const actor = new Y.Map<unknown>()
    actor.set('name', 'NAV')
    actor.set('note', 'fra v1')
    doc.getMap('actors').set('a', actor)
    return doc
  }

  it('leaves a current board alone', () => {
    const doc = new Y.Doc()
    initBoard(doc, { title: 'Ny' })
    expect(migrateBoard(doc)).toEqual({ status: 'current', version: SCHEMA_VERSION })
  })
  it('runs the steps in order and records the new version', () => {
    const doc = v1WithNote()
    expect(migrateBoard(doc, [renameNotes], 2)).toEqual({ status: 'migrated', from: 1, to: 2 })
    expect(metaRoot(doc).get('schemaVersion')).toBe(2)
    expect(doc.getMap<Y.Map<unknown>>('actors').get('a')!.get('notes')).toBe('fra v1')
  })
  it('refuses to touch a board written by newer code', () => {
    const doc = v1WithNote()
    metaRoot(doc).set('schemaVersion', 99)
    expect(migrateBoard(doc)).toEqual({ status: 'too-new', version: 99 })
  })
  it('reports a board without metadata', () => {
    expect(migrateBoard(new Y.Doc())).toEqual({ status: 'uninitialised' })
  })
})
