import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { createActor, updateActor } from '../ops/actorOps'
import { createJourney } from '../ops/journeyOps'
import { createRelation } from '../ops/relationOps'
import { must, newBoard } from '../test/docs'
import { readEntity, readEntityField } from './entityStore'
import { entityRoot } from './schema'

describe('readEntityField', () => {
  it('reads the one field as readEntity would, and nothing for an actor that is not there', () => {
    const doc = newBoard()
    const id = must(createActor(doc, { name: 'NAV', importance: 0.8, substitutability: 0.2 }))
    expect(readEntityField(doc, 'actor', id, 'name')).toBe('NAV')
    expect(readEntityField(doc, 'actor', id, 'importance')).toBe(0.8)
    expect(readEntityField(doc, 'actor', 'nobody', 'name')).toBeUndefined()
  })

  it('falls back to the default for a value of the wrong type (a hostile or newer client)', () => {
    const doc = newBoard()
    const id = must(createActor(doc, { name: 'KS' }))
    entityRoot(doc, 'actor').get(id)!.set('importance', 'very')
    expect(readEntityField(doc, 'actor', id, 'importance')).toBe(
      readEntity(doc, 'actor', id)!.importance,
    )
    expect(typeof readEntityField(doc, 'actor', id, 'importance')).toBe('number')
  })
})

describe('writeFields', () => {
  it('stores a new entity without its default values, and it reads the same', () => {
    const doc = newBoard()
    const id = must(createActor(doc, { name: 'NAV', importance: 0.8, level: 'stat' }))
    const stored = entityRoot(doc, 'actor').get(id)!
    expect([...stored.keys()].sort()).toEqual(['id', 'importance', 'level', 'name'])
    expect(readEntity(doc, 'actor', id)).toMatchObject({
      name: 'NAV',
      importance: 0.8,
      level: 'stat',
      substitutability: 0.5,
      strategy: '',
      powerFormal: false,
    })
  })

  it('writes nothing when a missing field is set to its default, and writes a real change', () => {
    const doc = newBoard()
    const id = must(createActor(doc, { name: 'KS' }))
    const updates: Uint8Array[] = []
    doc.on('update', (u: Uint8Array) => updates.push(u))
    must(updateActor(doc, id, { importance: 0.5, strategy: '' }))
    expect(updates).toHaveLength(0)
    must(updateActor(doc, id, { importance: 0.9 }))
    expect(updates).toHaveLength(1)
    expect(readEntity(doc, 'actor', id)!.importance).toBe(0.9)
    // Back to the default is a change from 0.9, so it is stored.
    must(updateActor(doc, id, { importance: 0.5 }))
    expect(entityRoot(doc, 'actor').get(id)!.get('importance')).toBe(0.5)
  })

  it('always creates a set, even an empty one, so members can be added later', () => {
    const doc = newBoard()
    const source = must(createActor(doc, { name: 'A' }))
    const target = must(createActor(doc, { name: 'B' }))
    const rel = must(createRelation(doc, { source, target, type: 'collaboration' }))
    expect(entityRoot(doc, 'relation').get(rel)!.get('type')).toBeUndefined()
    expect(readEntity(doc, 'relation', rel)!.type).toBe('collaboration')
    const journey = must(createJourney(doc, { title: 'Alvorlig sykt barn' }))
    const tags = entityRoot(doc, 'journey').get(journey)!.get('tags')
    expect(tags).toBeInstanceOf(Y.Map)
    expect((tags as Y.Map<boolean>).size).toBe(0)
  })
})

describe('readEntity', () => {
  it('gives each read its own object, id first and then the fields in their declared order', () => {
    const doc = newBoard()
    const a = must(createActor(doc, { name: 'NAV', importance: 0.8 }))
    const b = must(createActor(doc, { name: 'KS' }))
    const first = readEntity(doc, 'actor', a)!
    const second = readEntity(doc, 'actor', b)!
    ;(first as { name: string }).name = 'changed here'
    expect(second.name).toBe('KS')
    expect(readEntity(doc, 'actor', a)!.name).toBe('NAV')
    expect(Object.keys(first)[0]).toBe('id')
    expect(Object.keys(first)).toEqual(Object.keys(second))
    expect(first.id).toBe(a)
    expect(second.importance).not.toBe(first.importance)
  })
})
