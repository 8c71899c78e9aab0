import { readActor, readActors } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createActorActions, spawnScores } from './actorActions'

describe('actor actions', () => {
  it('adds, renames, moves and removes through the model, with our origin', () => {
    const doc = new Y.Doc()
    const origin = Symbol('tab')
    const origins: unknown[] = []
    doc.on('afterTransaction', (tr) => origins.push(tr.origin))
    const actions = createActorActions(doc, origin)

    const added = actions.add('  NAV  ')
    if (!added.ok) throw new Error(added.error.message)
    expect(readActor(doc, added.value)).toMatchObject({ name: 'NAV', ...spawnScores(0) })
    expect(actions.rename(added.value, 'Arbeids- og velferdsetaten').ok).toBe(true)
    expect(actions.move(added.value, { importance: 2, substitutability: 0.1 }).ok).toBe(true)
    expect(readActor(doc, added.value)).toMatchObject({ importance: 1, substitutability: 0.1 })
    expect(actions.remove(added.value).ok).toBe(true)
    expect(readActors(doc)).toEqual([])
    expect(origins.every((o) => o === origin)).toBe(true)
  })

  it('returns the model error for an empty name and writes nothing', () => {
    const doc = new Y.Doc()
    const result = createActorActions(doc, null).add('   ')
    expect(result.ok ? null : result.error).toMatchObject({ code: 'required', field: 'name' })
    expect(readActors(doc)).toEqual([])
  })

  it('spawns new cards inside the upper-left «Moderat» cell, staggered', () => {
    const slots = [0, 1, 2, 3, 4, 5].map(spawnScores)
    for (const s of slots) {
      expect(s.importance).toBeGreaterThan(0.5)
      expect(s.substitutability).toBeGreaterThan(0.5)
      expect(s.importance).toBeLessThan(1)
      expect(s.substitutability).toBeLessThan(1)
    }
    expect(new Set(slots.map((s) => `${s.importance}/${s.substitutability}`)).size).toBe(6)
    expect(spawnScores(6)).toEqual(slots[0])
  })
})
