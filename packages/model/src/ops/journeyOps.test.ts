import fc from 'fast-check'
import type * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { readEntities, readEntity } from '../doc/entityStore'
import { must, newBoard, replica, syncPair } from '../test/docs'
import { createActor, deleteActor } from './actorOps'
import {
  addPhase,
  addTouchpoint,
  createJourney,
  deletePhase,
  duplicateJourney,
  movePhase,
  moveTouchpoint,
  readPhases,
  readTouchpoints,
} from './journeyOps'

function journey(titles = ['Kontakt', 'Sykehus', 'Hjemme']) {
  const doc = newBoard()
  const j = must(createJourney(doc, { title: 'Alvorlig sykt barn' }))
  const phases = titles.map((title) => must(addPhase(doc, j, { title })))
  return { doc, j, phases }
}
const titles = (doc: Y.Doc, j: string) => readPhases(doc, j).map((p) => p.title)

describe('phases', () => {
  it('adds at the end or at a position, and moves', () => {
    const { doc, j, phases } = journey()
    must(addPhase(doc, j, { title: 'Utredning', index: 1 }))
    expect(titles(doc, j)).toEqual(['Kontakt', 'Utredning', 'Sykehus', 'Hjemme'])
    must(movePhase(doc, phases[2]!, 0))
    expect(titles(doc, j)).toEqual(['Hjemme', 'Kontakt', 'Utredning', 'Sykehus'])
    must(movePhase(doc, phases[2]!, 99))
    expect(titles(doc, j)).toEqual(['Kontakt', 'Utredning', 'Sykehus', 'Hjemme'])
  })

  it('deletes a phase with its touchpoints, or moves them to the end of another phase', () => {
    const { doc, j, phases } = journey()
    const [kontakt, sykehus, hjemme] = phases as [string, string, string]
    must(addTouchpoint(doc, { phaseId: sykehus, title: 'Diagnose' }))
    must(addTouchpoint(doc, { phaseId: sykehus, title: 'Pleiepenger' }))
    must(addTouchpoint(doc, { phaseId: kontakt, title: 'Fastlege' }))
    must(deletePhase(doc, sykehus, { touchpoints: 'move', to: kontakt }))
    expect(readTouchpoints(doc, kontakt).map((t) => t.title)).toEqual([
      'Fastlege',
      'Diagnose',
      'Pleiepenger',
    ])
    expect(titles(doc, j)).toEqual(['Kontakt', 'Hjemme'])
    must(deletePhase(doc, kontakt, { touchpoints: 'delete' }))
    expect(readEntities(doc, 'touchpoint')).toEqual([])
    expect(deletePhase(doc, hjemme, { touchpoints: 'move', to: hjemme }).ok).toBe(false)
  })
})

describe('touchpoints', () => {
  it('keeps order within a phase and moves across phases', () => {
    const { doc, phases } = journey()
    const [kontakt, sykehus] = phases as [string, string]
    const a = must(addTouchpoint(doc, { phaseId: kontakt, title: 'A' }))
    must(addTouchpoint(doc, { phaseId: kontakt, title: 'C' }))
    must(addTouchpoint(doc, { phaseId: kontakt, title: 'B', index: 1 }))
    expect(readTouchpoints(doc, kontakt).map((t) => t.title)).toEqual(['A', 'B', 'C'])
    must(moveTouchpoint(doc, a, { phaseId: sykehus, index: 0 }))
    expect(readTouchpoints(doc, kontakt).map((t) => t.title)).toEqual(['B', 'C'])
    expect(readEntity(doc, 'touchpoint', a)).toMatchObject({ phaseId: sykehus })
  })
})

describe('duplicateJourney', () => {
  it('copies phases and touchpoints with new ids, same order and owners, deleted owners too', () => {
    const { doc, j, phases } = journey()
    const nav = must(createActor(doc, { name: 'NAV' }))
    const gone = must(createActor(doc, { name: 'Borte' }))
    must(
      addTouchpoint(doc, { phaseId: phases[1]!, title: 'Pleiepenger', responsible: [nav, gone] }),
    )
    must(deleteActor(doc, gone))
    const copy = must(duplicateJourney(doc, j, { title: 'Alvorlig sykt barn – ønsket' }))
    expect(titles(doc, copy)).toEqual(titles(doc, j))
    const copiedPhase = readPhases(doc, copy)[1]!
    expect(copiedPhase.id).not.toBe(phases[1])
    const [tp] = readTouchpoints(doc, copiedPhase.id)
    expect(tp).toMatchObject({
      title: 'Pleiepenger',
      journeyId: copy,
      responsible: [nav, gone].sort(),
    })
  })
  it('refuses an empty title and copies nothing', () => {
    const { doc, j } = journey()
    expect(duplicateJourney(doc, j, { title: '' }).ok).toBe(false)
    expect(readEntities(doc, 'journey')).toHaveLength(1)
  })
})

describe('concurrent reorders', () => {
  it('converge to one order on every replica', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(2), fc.nat(5), fc.nat(6)), { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat(2), { maxLength: 30 }),
        (moves, syncs) => {
          const { doc: a, j } = journey(['P1', 'P2', 'P3', 'P4', 'P5'])
          const docs = [a, replica(a), replica(a)]
          moves.forEach(([who, phase, index], step) => {
            const doc = docs[who]!
            const list = readPhases(doc, j)
            must(movePhase(doc, list[phase % list.length]!.id, index))
            const s = syncs[step]
            if (s !== undefined) syncPair(docs[s]!, docs[(s + 1) % 3]!)
          })
          syncPair(docs[0]!, docs[1]!)
          syncPair(docs[1]!, docs[2]!)
          syncPair(docs[0]!, docs[1]!)
          const orders = docs.map((d) => titles(d, j).join())
          expect(new Set(orders).size).toBe(1)
          expect(titles(a, j).sort()).toEqual(['P1', 'P2', 'P3', 'P4', 'P5'])
          // After converging, a move still lands where asked, even among equal keys.
          const first = readPhases(a, j)[0]!
          must(movePhase(a, first.id, 2))
          expect(readPhases(a, j)[2]!.id).toBe(first.id)
        },
      ),
      { numRuns: 200 },
    )
  })
})
