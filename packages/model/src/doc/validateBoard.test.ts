import type * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { createActor } from '../ops/actorOps'
import { createEntity, updateEntity } from '../ops/entityOps'
import { must, newBoard, replica, syncPair } from '../test/docs'
import { readActors } from '../ops/actorOps'
import { validateBoard, validateEntity } from './validateBoard'

describe('validateBoard', () => {
  it('finds nothing wrong with a board written through the operations', () => {
    const doc = newBoard()
    must(createActor(doc, { name: 'NAV', orgNumber: '889640782' }))
    expect(validateBoard(doc)).toEqual([])
  })
  it('reports values written around the operations by a hostile client', () => {
    const doc = newBoard()
    const id = must(createActor(doc, { name: 'NAV' }))
    const actor = doc.getMap<Y.Map<unknown>>('actors').get(id)!
    actor.set('importance', 7)
    actor.set('name', 'x'.repeat(5000))
    doc.getMap('actors').set('junk', 'not a map' as never)
    expect(
      validateBoard(doc)
        .map((p) => `${p.id}:${p.error.code}`)
        .sort(),
    ).toEqual([`${id}:out_of_range`, `${id}:too_long`, 'junk:invalid_type'].sort())
  })
  it('reads a wrongly typed stored value as its default', () => {
    const doc = newBoard()
    const id = must(createActor(doc, { name: 'NAV', importance: 0.8 }))
    doc.getMap<Y.Map<unknown>>('actors').get(id)!.set('importance', 'very')
    expect(readActors(doc)[0]!.importance).toBe(0.5)
  })
})

describe('sets merged from concurrent additions', () => {
  it('accepts a set that grew past its write cap through a merge', () => {
    const a = newBoard()
    const owners = Array.from({ length: 60 }, (_, i) => must(createActor(a, { name: `A${i}` })))
    const journey = must(createEntity(a, 'journey', { title: 'J' }))
    const phase = must(createEntity(a, 'phase', { journeyId: journey, title: 'P' }))
    const tp = must(
      createEntity(a, 'touchpoint', {
        journeyId: journey,
        phaseId: phase,
        title: 'T',
        responsible: owners.slice(0, 40),
      }),
    )
    const b = replica(a)
    must(updateEntity(a, 'touchpoint', tp, { responsible: owners.slice(0, 50) }))
    must(
      updateEntity(b, 'touchpoint', tp, {
        responsible: [...owners.slice(0, 40), ...owners.slice(50, 60)],
      }),
    )
    syncPair(a, b)
    expect(validateEntity(a, 'touchpoint', tp)).toEqual([])
    expect(validateBoard(a)).toEqual([])
  })
})
