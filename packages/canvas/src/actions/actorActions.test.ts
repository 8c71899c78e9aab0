import { matrixRegion, placeCards, scoresToPosition } from '@samkart/layout'
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

    const spot = spawnScores(doc)
    const added = actions.add('  NAV  ')
    if (!added.ok) throw new Error(added.error.message)
    expect(readActor(doc, added.value)).toMatchObject({ name: 'NAV', ...spot })
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

  it('adds new cards in the upper-left «Moderat» cell, each on free ground, drawn where added', () => {
    const doc = new Y.Doc()
    const actions = createActorActions(doc, null)
    for (let i = 0; i < 14; i++) actions.add(`Aktør ${String(i).padStart(2, '0')}`)
    const actors = readActors(doc).sort((a, b) => a.name.localeCompare(b.name))
    const first = actors.slice(0, 8)
    // Of the first eight alone (the cell is not yet full), each is drawn exactly at its point.
    const placed = placeCards(
      first.map((a) => ({ id: a.id, anchor: scoresToPosition(a), region: matrixRegion(a) })),
    )
    // All stay «Moderat» (high importance, high substitutability), however many come.
    for (const a of actors) {
      expect(a.importance).toBeGreaterThanOrEqual(0.5)
      expect(a.substitutability).toBeGreaterThanOrEqual(0.5)
    }
    expect(new Set(first.map((a) => `${a.importance}/${a.substitutability}`)).size).toBe(8)
    expect(first.filter((a) => placed.get(a.id)?.displaced).map((a) => a.name)).toEqual([])
  })
})
