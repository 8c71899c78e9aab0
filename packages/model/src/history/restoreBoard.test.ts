import fc from 'fast-check'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { setBoardTitle } from '../doc/board'
import { readDangerSignals, updateDangerSignal } from '../doc/dangerSignals'
import { boardSnapshot } from '../doc/snapshot'
import { createActor, deleteActor, moveActor, readActors } from '../ops/actorOps'
import { updateEntity } from '../ops/entityOps'
import { addPhase, addTouchpoint, createJourney, readTouchpoints } from '../ops/journeyOps'
import { createRelation, readRelations } from '../ops/relationOps'
import { newBoard, replica, syncPair } from '../test/docs'
import { boardDiff, isEmptyDiff } from './boardDiff'
import { restoreBoard } from './restoreBoard'

/** A stored version: the state as the server keeps it, read back into a scratch document. */
function storedVersion(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return copy
}

/** Content as users see it: everything but the server's bookkeeping in `meta`. */
const content = (doc: Y.Doc) => {
  const { meta, ...rest } = boardSnapshot(doc)
  return { title: meta.title, ...rest, signals: readDangerSignals(doc) }
}

describe('restoreBoard', () => {
  it('brings back every entity type, the title and the danger signals', () => {
    const doc = newBoard('Før')
    const a = createActor(doc, { name: 'NAV', importance: 0.9 })
    const b = createActor(doc, { name: 'Kommunen' })
    if (!a.ok || !b.ok) throw new Error('setup')
    createRelation(doc, { source: a.value, target: b.value })
    const j = createJourney(doc, { title: 'Reise', tags: ['0-6 år'] })
    if (!j.ok) throw new Error('setup')
    const p = addPhase(doc, j.value, { title: 'Kontakt' })
    if (!p.ok) throw new Error('setup')
    addTouchpoint(doc, { phaseId: p.value, title: 'Søknad', responsible: [a.value, b.value] })
    updateDangerSignal(doc, 'lack-of-trust', { present: true, note: 'Lite tillit' })
    const version = storedVersion(doc)
    const expected = content(version)

    setBoardTitle(doc, 'Etter')
    deleteActor(doc, b.value)
    moveActor(doc, a.value, { importance: 0.1, substitutability: 0.9 })
    createActor(doc, { name: 'Ny aktør' })
    updateEntity(doc, 'journey', j.value, { tags: ['7-12 år'] })

    restoreBoard(doc, version)
    expect(content(doc)).toEqual(expected)
    expect(readTouchpoints(doc, p.value)[0]!.responsible).toHaveLength(2)
    expect(readRelations(doc)).toHaveLength(1)
  })

  it('is an ordinary edit: a replica receives it, and later edits stay on top', () => {
    const doc = newBoard()
    const other = replica(doc)
    const version = storedVersion(doc)
    createActor(doc, { name: 'Kommer og går' })
    syncPair(doc, other)
    restoreBoard(doc, version)
    createActor(other, { name: 'Lagt til samtidig' })
    syncPair(doc, other)
    expect(readActors(doc).map((x) => x.name)).toEqual(['Lagt til samtidig'])
    expect(readActors(other).map((x) => x.name)).toEqual(['Lagt til samtidig'])
  })

  it('writes nothing when the board already equals the version', () => {
    const doc = newBoard()
    createActor(doc, { name: 'NAV' })
    const updates: Uint8Array[] = []
    doc.on('update', (u: Uint8Array) => updates.push(u))
    expect(restoreBoard(doc, storedVersion(doc))).toEqual({ created: 0, updated: 0, deleted: 0 })
    expect(updates).toHaveLength(0)
  })

  it('for random edit sequences, restoring version k leaves no difference to version k', () => {
    type Op =
      | { type: 'add'; name: string; importance: number }
      | { type: 'move'; index: number; importance: number; substitutability: number }
      | { type: 'delete'; index: number }
      | { type: 'relate'; from: number; to: number }
      | { type: 'save' }
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({
        type: fc.constant('add' as const),
        name: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''),
        importance: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      fc.record({
        type: fc.constant('move' as const),
        index: fc.nat(),
        importance: fc.double({ min: 0, max: 1, noNaN: true }),
        substitutability: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      fc.record({ type: fc.constant('delete' as const), index: fc.nat() }),
      fc.record({ type: fc.constant('relate' as const), from: fc.nat(), to: fc.nat() }),
      fc.constant({ type: 'save' as const }),
    )
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), fc.nat(), (ops, pick) => {
        const doc = newBoard()
        const versions: Uint8Array[] = [Y.encodeStateAsUpdate(doc)]
        for (const o of ops) {
          const actors = readActors(doc).sort((x, y) => (x.id < y.id ? -1 : 1))
          const at = (i: number) => actors[i % Math.max(actors.length, 1)]
          switch (o.type) {
            case 'add':
              createActor(doc, { name: o.name, importance: o.importance })
              break
            case 'move':
              if (at(o.index)) moveActor(doc, at(o.index)!.id, o)
              break
            case 'delete':
              if (at(o.index)) deleteActor(doc, at(o.index)!.id)
              break
            case 'relate':
              if (at(o.from) && at(o.to) && at(o.from) !== at(o.to))
                createRelation(doc, { source: at(o.from)!.id, target: at(o.to)!.id })
              break
            case 'save':
              versions.push(Y.encodeStateAsUpdate(doc))
              break
            default: {
              const unreachable: never = o
              throw new Error(String(unreachable))
            }
          }
        }
        const k = new Y.Doc()
        Y.applyUpdate(k, versions[pick % versions.length]!)
        restoreBoard(doc, k)
        expect(isEmptyDiff(boardDiff(boardSnapshot(k), boardSnapshot(doc)))).toBe(true)
        expect(content(doc)).toEqual(content(k))
      }),
      { numRuns: 60 },
    )
  })
})
