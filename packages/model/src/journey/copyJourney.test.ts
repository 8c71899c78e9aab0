import { describe, expect, it } from 'vitest'
import { readEntities } from '../doc/entityStore'
import { pruneDangling } from '../doc/pruneDangling'
import { validateBoard } from '../doc/validateBoard'
import { createActor } from '../ops/actorOps'
import { addThread } from '../ops/commentOps'
import { deleteEntity } from '../ops/entityOps'
import { createNote } from '../ops/noteOps'
import {
  addPhase,
  addTouchpoint,
  createJourney,
  readPhases,
  readTouchpoints,
} from '../ops/journeyOps'
import { must, newBoard } from '../test/docs'
import { copyJourney } from './copyJourney'
import { addLaneItem } from './laneItemOps'
import { addLane, builtInLaneId, readLanes } from './laneOps'
import { counterpartOf, createToBe, linkJourneys, updateJourney } from './counterpart'

function board() {
  const doc = newBoard()
  const nav = must(createActor(doc, { name: 'NAV' }))
  const ghost = must(createActor(doc, { name: 'Borte' }))
  const journeyId = must(createJourney(doc, { title: 'Som i dag', tags: ['pilot'] }))
  const before = must(addPhase(doc, journeyId, { title: 'Før' }))
  const after = must(addPhase(doc, journeyId, { title: 'Etter' }))
  const apply = must(addTouchpoint(doc, { phaseId: before, title: 'Søke', responsible: [nav] }))
  must(addTouchpoint(doc, { phaseId: after, title: 'Vedtak', responsible: [nav, ghost] }))
  must(deleteEntity(doc, 'actor', ghost))
  const note = must(
    createNote(doc, {
      text: 'Tar lang tid',
      surface: 'journey',
      journeyId,
      phaseId: after,
      laneId: builtInLaneId(doc, journeyId, 'pain')!,
    }),
  )
  // A custom lane with an opportunity that addresses a touchpoint: both must follow the copy.
  const ideas = must(addLane(doc, journeyId, { kind: 'items', title: 'Muligheter' }))
  must(
    addLaneItem(
      doc,
      { laneId: ideas, phaseId: before },
      { kind: 'opportunity', text: 'Én søknad', touchpoints: [apply] },
    ),
  )
  must(
    addThread(
      doc,
      { kind: 'touchpoint', id: apply },
      { text: 'Hvorfor?', authorId: 'p1', authorName: 'Kari' },
    ),
  )
  // Another journey that must not be touched.
  const other = must(createJourney(doc, { title: 'Annen' }))
  must(addPhase(doc, other, { title: 'Annen fase' }))
  return { doc, nav, ghost, journeyId, before, after, note, other }
}

describe('copyJourney', () => {
  it('copies every entity of the journey and remaps references to the copies', () => {
    const { doc, nav, ghost, journeyId, before, after } = board()
    const copy = must(copyJourney(doc, journeyId, { title: 'Kopi' }))
    const phases = readPhases(doc, copy)
    expect(phases.map((p) => p.title)).toEqual(['Før', 'Etter'])
    expect(phases.map((p) => p.id)).not.toContain(before)
    const touchpoints = phases.flatMap((p) => readTouchpoints(doc, p.id))
    expect(touchpoints.map((tp) => [tp.title, tp.journeyId, tp.phaseId])).toEqual([
      ['Søke', copy, phases[0]!.id],
      ['Vedtak', copy, phases[1]!.id],
    ])
    // Actors are referenced, not copied; a deleted owner is kept, as in the source.
    expect(touchpoints[1]!.responsible).toEqual([nav, ghost].sort())
    const notes = readEntities(doc, 'note').filter((n) => n.journeyId === copy)
    const lanes = readLanes(doc, copy)
    expect(lanes.map((l) => l.title || l.field)).toEqual(
      readLanes(doc, journeyId).map((l) => l.title || l.field),
    )
    expect(notes.map((n) => [n.text, n.phaseId, n.laneId])).toEqual([
      ['Tar lang tid', phases[1]!.id, builtInLaneId(doc, copy, 'pain')],
    ])
    const items = readEntities(doc, 'laneItem').filter((i) => i.journeyId === copy)
    expect(items.map((i) => [i.text, i.laneId, i.phaseId, i.touchpoints])).toEqual([
      [
        'Én søknad',
        lanes.find((l) => l.title === 'Muligheter')!.id,
        phases[0]!.id,
        [touchpoints[0]!.id],
      ],
    ])
    // The source is unchanged and still owns its own phase.
    expect(readPhases(doc, journeyId).map((p) => p.id)).toEqual([before, after])
    expect(validateBoard(doc)).toEqual([])
  })

  it('leaves comments and other journeys out', () => {
    const { doc, journeyId, other } = board()
    const phasesBefore = readEntities(doc, 'phase').length
    must(copyJourney(doc, journeyId, { title: 'Kopi' }))
    expect(readEntities(doc, 'comment')).toHaveLength(1)
    expect(readEntities(doc, 'phase')).toHaveLength(phasesBefore + 2)
    expect(readPhases(doc, other)).toHaveLength(1)
  })

  it('writes nothing when the title is invalid', () => {
    const { doc, journeyId } = board()
    const journeys = readEntities(doc, 'journey').length
    expect(copyJourney(doc, journeyId, { title: '' }).ok).toBe(false)
    expect(readEntities(doc, 'journey')).toHaveLength(journeys)
  })
})

describe('createToBe and linkJourneys', () => {
  it('marks the source as-is and the copy to-be, linked both ways', () => {
    const { doc, journeyId } = board()
    const toBe = must(createToBe(doc, journeyId, { title: 'Ønsket' }))
    const journeys = new Map(readEntities(doc, 'journey').map((j) => [j.id, j]))
    expect(journeys.get(journeyId)).toMatchObject({ stage: 'as-is', counterpartId: toBe })
    expect(journeys.get(toBe)).toMatchObject({ stage: 'to-be', counterpartId: journeyId })
    expect(journeys.get(toBe)!.tags).toEqual(['pilot'])
    expect(readPhases(doc, toBe)).toHaveLength(2)
  })

  it('takes down an old link on both ends when a journey is linked anew', () => {
    const { doc, journeyId, other } = board()
    const toBe = must(createToBe(doc, journeyId, { title: 'Ønsket' }))
    must(linkJourneys(doc, other, journeyId))
    const read = (id: string) => readEntities(doc, 'journey').find((j) => j.id === id)!
    expect(read(other).counterpartId).toBe(journeyId)
    expect(read(journeyId).counterpartId).toBe(other)
    expect(read(toBe).counterpartId).toBe('')
    must(linkJourneys(doc, journeyId, ''))
    expect(read(journeyId).counterpartId).toBe('')
    expect(read(other).counterpartId).toBe('')
  })

  it('refuses to link a journey to itself or to a missing journey', () => {
    const { doc, journeyId } = board()
    expect(linkJourneys(doc, journeyId, journeyId).ok).toBe(false)
    expect(linkJourneys(doc, journeyId, 'missing-id').ok).toBe(false)
  })

  it('keeps a journey whose counterpart was deleted, reading the link as none', () => {
    const { doc, journeyId } = board()
    const toBe = must(createToBe(doc, journeyId, { title: 'Ønsket' }))
    must(deleteEntity(doc, 'journey', journeyId))
    expect(pruneDangling(doc)).toBe(0)
    const kept = readEntities(doc, 'journey').find((j) => j.id === toBe)!
    expect(kept.counterpartId).toBe(journeyId)
    expect(counterpartOf(doc, kept)).toBeUndefined()
    expect(validateBoard(doc)).toEqual([])
  })
})

describe('updateJourney', () => {
  it('saves the fields and relinks both ways in one step', () => {
    const { doc, journeyId, other } = board()
    must(updateJourney(doc, journeyId, { title: 'Nå', stage: 'as-is', counterpartId: other }))
    const read = (id: string) => readEntities(doc, 'journey').find((j) => j.id === id)!
    expect(read(journeyId)).toMatchObject({ title: 'Nå', stage: 'as-is', counterpartId: other })
    expect(read(other).counterpartId).toBe(journeyId)
  })

  it('writes nothing when a field is invalid', () => {
    const { doc, journeyId, other } = board()
    expect(updateJourney(doc, journeyId, { title: '', counterpartId: other }).ok).toBe(false)
    const read = (id: string) => readEntities(doc, 'journey').find((j) => j.id === id)!
    expect(read(other).counterpartId).toBe('')
  })
})
