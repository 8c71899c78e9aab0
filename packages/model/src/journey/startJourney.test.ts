import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { readEntities } from '../doc/entityStore'
import { entityRoot } from '../doc/schema'
import { must, newBoard } from '../test/docs'
import { readPhases } from '../ops/journeyOps'
import { STARTER_PHASES, startJourney } from './startJourney'

const STARTERS = ['Før', 'Under', 'Etter']

describe('startJourney', () => {
  it('creates the journey with its starter phases, in order', () => {
    const doc = newBoard()
    const id = must(startJourney(doc, { title: 'Alvorlig sykt barn' }, STARTERS))
    expect(readPhases(doc, id).map((p) => p.title)).toEqual(STARTERS)
    expect(STARTER_PHASES).toHaveLength(STARTERS.length)
  })

  it('writes journey and phases in one transaction, so one undo removes them all', () => {
    const doc = newBoard()
    const origin = Symbol('tab')
    const undo = new Y.UndoManager([entityRoot(doc, 'journey'), entityRoot(doc, 'phase')], {
      trackedOrigins: new Set([origin]),
    })
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    must(startJourney(doc, { title: 'Ny reise' }, STARTERS, { origin }))
    expect(transactions).toBe(1)
    undo.undo()
    expect(readEntities(doc, 'journey')).toEqual([])
    expect(readEntities(doc, 'phase')).toEqual([])
  })

  it('writes nothing when the journey or a phase title is refused', () => {
    const doc = newBoard()
    expect(startJourney(doc, { title: ' ' }, STARTERS).ok).toBe(false)
    const refused = startJourney(doc, { title: 'Reise' }, ['Før', 'x'.repeat(201)])
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error).toMatchObject({ entity: 'phase', code: 'too_long' })
    expect(readEntities(doc, 'journey')).toEqual([])
    expect(readEntities(doc, 'phase')).toEqual([])
  })

  it('can start a journey with no phases', () => {
    const doc = newBoard()
    const id = must(startJourney(doc, { title: 'Tom' }, []))
    expect(readPhases(doc, id)).toEqual([])
  })
})
