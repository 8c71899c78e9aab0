import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { must, newBoard, replica, syncPair } from '../test/docs'
import { createActor, deleteActor, moveActor, readActor, readActors, updateActor } from './actorOps'
import { createRelation, readRelations } from './relationOps'

describe('createActor', () => {
  it('creates an actor with defaults and the given fields', () => {
    const doc = newBoard()
    const id = must(createActor(doc, { name: 'NAV', importance: 0.9, substitutability: 0.1 }))
    expect(readActor(doc, id)).toMatchObject({
      id,
      name: 'NAV',
      importance: 0.9,
      substitutability: 0.1,
      level: 'annet',
      strategy: '',
    })
  })

  it.each([
    [{ name: '' }, 'required', 'name'],
    [{ name: '   ' }, 'required', 'name'],
    [{ name: 'x'.repeat(121) }, 'too_long', 'name'],
    [{ name: 'A', importance: 1.01 }, 'out_of_range', 'importance'],
    [{ name: 'A', substitutability: -0.1 }, 'out_of_range', 'substitutability'],
    [{ name: 'A', importance: Number.NaN }, 'invalid_type', 'importance'],
    [{ name: 'A', level: 'galaxy' }, 'invalid_enum', 'level'],
    [{ name: 'A', strategy: 'attack' }, 'invalid_enum', 'strategy'],
    [{ name: 'A', orgNumber: '123456789' }, 'invalid_org_number', 'orgNumber'],
    [{ name: 'A', favouriteColour: 'red' }, 'unknown_field', 'favouriteColour'],
    [{ name: 42 }, 'invalid_type', 'name'],
  ])('refuses %j with %s on %s and changes nothing', (input, code, field) => {
    const doc = newBoard()
    const before = Y.encodeStateAsUpdate(doc)
    const result = createActor(doc, input as never)
    expect(result).toMatchObject({ ok: false, error: { code, field, entity: 'actor' } })
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })

  it('refuses a duplicate organisation number and names the holder', () => {
    const doc = newBoard()
    must(createActor(doc, { name: 'Brønnøysundregistrene', orgNumber: '974760673' }))
    const result = createActor(doc, { name: 'Kopi', orgNumber: '974760673' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'duplicate_org_number', params: { name: 'Brønnøysundregistrene' } },
    })
    expect(readActors(doc)).toHaveLength(1)
  })

  it('refuses an invalid or taken id', () => {
    const doc = newBoard()
    must(createActor(doc, { id: 'a1', name: 'A' }))
    expect(createActor(doc, { id: 'a1', name: 'B' }).ok).toBe(false)
    expect(createActor(doc, { id: '../etc', name: 'B' }).ok).toBe(false)
  })
})

describe('updateActor and moveActor', () => {
  it('changes only the given fields', () => {
    const doc = newBoard()
    const id = must(createActor(doc, { name: 'KS', notes: 'kommunesektoren' }))
    must(updateActor(doc, id, { name: 'KS – Kommunesektorens organisasjon' }))
    expect(readActor(doc, id)).toMatchObject({
      name: 'KS – Kommunesektorens organisasjon',
      notes: 'kommunesektoren',
    })
  })

  it('writes nothing when the value is unchanged', () => {
    const doc = newBoard()
    const id = must(createActor(doc, { name: 'KS' }))
    const before = Y.encodeStateVector(doc)
    must(updateActor(doc, id, { name: 'KS' }))
    expect(Y.encodeStateVector(doc)).toEqual(before)
  })

  it('refuses an invalid patch without touching the actor', () => {
    const doc = newBoard()
    const id = must(createActor(doc, { name: 'KS' }))
    expect(updateActor(doc, id, { name: '', notes: 'ok' }).ok).toBe(false)
    expect(readActor(doc, id)).toMatchObject({ name: 'KS', notes: '' })
  })

  it('reports a missing actor', () => {
    expect(updateActor(newBoard(), 'nope', { name: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
  })

  it('clamps scores dragged past the edge of the matrix', () => {
    const doc = newBoard()
    const id = must(createActor(doc, { name: 'HOD' }))
    must(moveActor(doc, id, { importance: 1.7, substitutability: -3 }))
    expect(readActor(doc, id)).toMatchObject({ importance: 1, substitutability: 0 })
  })

  it('refuses changing an organisation number to one another actor has', () => {
    const doc = newBoard()
    must(createActor(doc, { name: 'NAV', orgNumber: '889640782' }))
    const other = must(createActor(doc, { name: 'Digdir', orgNumber: '991825827' }))
    expect(updateActor(doc, other, { orgNumber: '889640782' })).toMatchObject({
      ok: false,
      error: { code: 'duplicate_org_number' },
    })
    expect(readActor(doc, other)?.orgNumber).toBe('991825827')
  })

  it('lets an actor keep its own organisation number', () => {
    const doc = newBoard()
    const id = must(createActor(doc, { name: 'NAV', orgNumber: '889640782' }))
    expect(updateActor(doc, id, { orgNumber: '889640782', notes: 'x' }).ok).toBe(true)
  })
})

describe('deleteActor', () => {
  it('deletes the actor and every relation to or from it in one step', () => {
    const doc = newBoard()
    const a = must(createActor(doc, { name: 'A' }))
    const b = must(createActor(doc, { name: 'B' }))
    const c = must(createActor(doc, { name: 'C' }))
    must(createRelation(doc, { source: a, target: b }))
    must(createRelation(doc, { source: c, target: a }))
    const keep = must(createRelation(doc, { source: b, target: c }))
    const undo = new Y.UndoManager(doc.getMap('actors'), { trackedOrigins: new Set(['me']) })
    undo.addToScope(doc.getMap('relations'))
    must(deleteActor(doc, a, { origin: 'me' }))
    expect(readActors(doc).map((x) => x.name)).toEqual(['B', 'C'])
    expect(readRelations(doc).map((r) => r.id)).toEqual([keep])
    undo.undo()
    expect(readActors(doc)).toHaveLength(3)
    expect(readRelations(doc)).toHaveLength(3)
  })
})

describe('concurrent edits of one actor', () => {
  it('keeps both a rename and a move made at the same time', () => {
    const a = newBoard()
    const id = must(createActor(a, { name: 'Statped' }))
    const b = replica(a)
    must(updateActor(a, id, { name: 'Statped (spesialpedagogisk støtte)' }))
    must(moveActor(b, id, { importance: 0.8, substitutability: 0.2 }))
    syncPair(a, b)
    for (const doc of [a, b])
      expect(readActor(doc, id)).toMatchObject({
        name: 'Statped (spesialpedagogisk støtte)',
        importance: 0.8,
        substitutability: 0.2,
      })
  })

  it('lets a delete win over a concurrent move', () => {
    const a = newBoard()
    const id = must(createActor(a, { name: 'Udir' }))
    const b = replica(a)
    must(deleteActor(a, id))
    must(moveActor(b, id, { importance: 0.1, substitutability: 0.9 }))
    syncPair(a, b)
    expect(readActor(a, id)).toBeUndefined()
    expect(readActor(b, id)).toBeUndefined()
  })
})
