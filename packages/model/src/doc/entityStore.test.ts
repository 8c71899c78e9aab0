import { describe, expect, it } from 'vitest'
import { createActor } from '../ops/actorOps'
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
