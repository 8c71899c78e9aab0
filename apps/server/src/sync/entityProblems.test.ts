import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  ENTITY_KINDS,
  type EntityKind,
  type FieldSpec,
  createActor,
  entityRoot,
  entitySpecs,
  validateBoard,
} from '@samkart/model'
import { entityProblems, problemKey } from './entityProblems'

/** A board full of entities with random, often invalid, stored values (seeded). */
function messyBoard(seed: number): Y.Doc {
  let state = seed
  const random = () => (state = (state * 48271) % 0x7fffffff) / 0x7fffffff
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!
  const junk = [5, -1, 0.5, NaN, 'x'.repeat(5000), 'bogus', '', true, 'Gyldig', 'abcDEF123']
  const doc = new Y.Doc()
  const ids: string[] = []
  doc.transact(() => {
    for (const kind of ENTITY_KINDS)
      for (let i = 0; i < 30; i++) {
        const id = `${kind}${i}`
        ids.push(id)
        if (random() < 0.05) {
          entityRoot(doc, kind).set(id, 'not a map' as never)
          continue
        }
        const map = new Y.Map<unknown>()
        entityRoot(doc, kind).set(id, map)
        const spec = entitySpecs[kind]
        for (const [field, fieldSpec] of Object.entries(spec.fields) as [string, FieldSpec][]) {
          const roll = random()
          if (roll < 0.3) continue
          if (fieldSpec.kind === 'set' && roll < 0.8) {
            const set = new Y.Map<boolean>()
            map.set(field, set)
            for (let m = Math.floor(random() * 4); m > 0; m--)
              set.set(pick([...ids, 'bad id!', 'y'.repeat(100)]), true)
          } else if (fieldSpec.kind === 'ref' && roll < 0.8) {
            map.set(field, pick([...ids, 'missing', '']))
          } else {
            const fallback = (spec.defaults as Record<string, unknown>)[field]
            map.set(field, roll < 0.6 ? fallback : pick(junk))
          }
        }
      }
  })
  return doc
}

const allEntities = (doc: Y.Doc) =>
  new Map<EntityKind, Map<string, null>>(
    ENTITY_KINDS.map((kind) => [
      kind,
      new Map([...entityRoot(doc, kind).keys()].map((id) => [id, null])),
    ]),
  )

describe('entityProblems', () => {
  it('finds what validateBoard finds on the whole board, except missing references', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const doc = messyBoard(seed)
      const expected = validateBoard(doc)
        .filter((p) => p.error.code !== 'missing_reference')
        .map(problemKey)
        .sort()
      expect(expected.length).toBeGreaterThan(20)
      expect([...entityProblems(doc, allEntities(doc)).keys()].sort()).toEqual(expected)
    }
  })

  it('looks only at the entities asked about', () => {
    const doc = messyBoard(9)
    const good = createActor(doc, { name: 'Gyldig aktør' })
    if (!good.ok) throw new Error('setup')
    expect(entityProblems(doc, new Map([['actor', new Map([[good.value, null]])]])).size).toBe(0)
    expect(entityProblems(doc, new Map([['actor', new Map([['nobody', null]])]])).size).toBe(0)
  })

  it('looks only at the fields asked about', () => {
    const doc = messyBoard(9)
    const bad = createActor(doc, { name: 'Aktør' })
    if (!bad.ok) throw new Error('setup')
    const actor = entityRoot(doc, 'actor').get(bad.value)!
    actor.set('importance', 7)
    actor.set('notes', 42)
    const only = (fields: string[]) =>
      [
        ...entityProblems(
          doc,
          new Map([['actor', new Map([[bad.value, new Set(fields)]])]]),
        ).values(),
      ].map((p) => p.error.field)
    expect(only(['importance'])).toEqual(['importance'])
    expect(only(['name', 'trust'])).toEqual([])
    expect(only(['importance', 'notes']).sort()).toEqual(['importance', 'notes'])
  })
})
