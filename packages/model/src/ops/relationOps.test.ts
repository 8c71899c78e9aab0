import { describe, expect, it } from 'vitest'
import { pruneDangling } from '../doc/pruneDangling'
import { validateBoard } from '../doc/validateBoard'
import { must, newBoard, replica, syncPair } from '../test/docs'
import { createActor, deleteActor } from './actorOps'
import { createRelation, deleteRelation, readRelations, updateRelation } from './relationOps'

function twoActors() {
  const doc = newBoard()
  const a = must(createActor(doc, { name: 'Helsedirektoratet' }))
  const b = must(createActor(doc, { name: 'HOD' }))
  return { doc, a, b }
}

describe('relations', () => {
  it('creates, updates and deletes a typed relation', () => {
    const { doc, a, b } = twoActors()
    const id = must(
      createRelation(doc, { source: b, target: a, type: 'governance', label: 'tildelingsbrev' }),
    )
    expect(readRelations(doc)).toEqual([
      {
        id,
        source: b,
        target: a,
        type: 'governance',
        label: 'tildelingsbrev',
        strength: 0.5,
        trust: 0.5,
      },
    ])
    must(updateRelation(doc, id, { trust: 0.9, type: 'funding' }))
    expect(readRelations(doc)[0]).toMatchObject({
      trust: 0.9,
      type: 'funding',
      label: 'tildelingsbrev',
    })
    must(deleteRelation(doc, id))
    expect(readRelations(doc)).toEqual([])
  })

  it('refuses relations to missing actors, to itself, and of unknown types', () => {
    const { doc, a } = twoActors()
    expect(createRelation(doc, { source: a, target: 'ghost' })).toMatchObject({
      ok: false,
      error: { code: 'missing_reference', field: 'target' },
    })
    expect(createRelation(doc, { source: a, target: a })).toMatchObject({
      ok: false,
      error: { code: 'self_reference' },
    })
    expect(createRelation(doc, { source: a, target: a, type: 'love' as never })).toMatchObject({
      ok: false,
      error: { code: 'invalid_enum' },
    })
    expect(readRelations(doc)).toEqual([])
  })

  it('refuses turning a relation into a relation of an actor to itself', () => {
    const { doc, a, b } = twoActors()
    const id = must(createRelation(doc, { source: a, target: b }))
    expect(updateRelation(doc, id, { target: a })).toMatchObject({
      ok: false,
      error: { code: 'self_reference' },
    })
    expect(readRelations(doc)[0]).toMatchObject({ source: a, target: b })
  })

  it('hides and prunes a relation drawn to an actor deleted at the same time', () => {
    const { doc: x, a, b } = twoActors()
    const y = replica(x)
    must(deleteActor(x, a))
    must(createRelation(y, { source: b, target: a, type: 'information' }))
    syncPair(x, y)
    for (const doc of [x, y]) expect(readRelations(doc)).toEqual([])
    expect(validateBoard(x).map((p) => p.error.code)).toEqual(['missing_reference'])
    // Both clients prune at once; the deletes merge.
    expect(pruneDangling(x)).toBe(1)
    expect(pruneDangling(y)).toBe(1)
    syncPair(x, y)
    expect(validateBoard(x)).toEqual([])
    expect(validateBoard(y)).toEqual([])
  })
})
