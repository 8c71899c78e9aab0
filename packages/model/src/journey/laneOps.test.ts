import { describe, expect, it } from 'vitest'
import { deletePhase, duplicateJourney } from '../ops/journeyOps'
import { createNote, readNotes } from '../ops/noteOps'
import { readEntities } from '../doc/entityStore'
import { pruneDangling } from '../doc/pruneDangling'
import { must, newBoard, replica, syncPair } from '../test/docs'
import { addLaneItem, readLaneItems, updateLaneItem } from './laneItemOps'
import {
  addLane,
  builtInLaneId,
  deleteLane,
  moveLane,
  readLanes,
  renameLane,
  setLaneHidden,
} from './laneOps'
import { JOURNEY_LANES, builtInLane } from './lanes'
import { startJourney } from './startJourney'

function journey() {
  const doc = newBoard()
  const journeyId = must(startJourney(doc, { title: 'Sykt barn' }, ['Før', 'Under']))
  const [p1, p2] = readEntities(doc, 'phase').sort((a, b) => (a.order < b.order ? -1 : 1))
  return { doc, journeyId, p1: p1!.id, p2: p2!.id }
}
const titles = (doc: ReturnType<typeof journey>['doc'], journeyId: string) =>
  readLanes(doc, journeyId).map((l) => l.title || builtInLane(l))

describe('lane operations', () => {
  it('gives a new journey the eight built-in lanes, shown, in default order', () => {
    const { doc, journeyId } = journey()
    expect(titles(doc, journeyId)).toEqual([...JOURNEY_LANES])
    expect(readLanes(doc, journeyId).some((l) => l.hidden)).toBe(false)
  })

  it('adds a lane of each custom kind at the bottom, renames, hides and moves it', () => {
    const { doc, journeyId } = journey()
    const text = must(addLane(doc, journeyId, { kind: 'text', title: 'Systemer' }))
    must(addLane(doc, journeyId, { kind: 'items', title: 'Muligheter' }))
    const line = must(addLane(doc, journeyId, { kind: 'divider', title: 'Synlighetslinje' }))
    expect(titles(doc, journeyId).slice(-3)).toEqual(['Systemer', 'Muligheter', 'Synlighetslinje'])
    must(renameLane(doc, text, 'Fagsystemer'))
    must(setLaneHidden(doc, text, true))
    must(moveLane(doc, line, -1))
    must(moveLane(doc, line, -1))
    expect(titles(doc, journeyId).slice(-3)).toEqual([
      'Synlighetslinje',
      'Fagsystemer',
      'Muligheter',
    ])
    expect(readLanes(doc, journeyId).find((l) => l.id === text)!.hidden).toBe(true)
    // Past the top: nothing changes.
    const first = readLanes(doc, journeyId)[0]!
    must(moveLane(doc, first.id, -1))
    expect(readLanes(doc, journeyId)[0]!.id).toBe(first.id)
    expect(renameLane(doc, text, 'x'.repeat(101)).ok).toBe(false)
  })

  it('deletes a lane with its items and notes, but keeps the last lane of touchpoint names', () => {
    const { doc, journeyId, p1 } = journey()
    const lane = must(addLane(doc, journeyId, { kind: 'items' }))
    must(
      addLaneItem(doc, { laneId: lane, phaseId: p1 }, { kind: 'opportunity', text: 'Én kontakt' }),
    )
    must(
      createNote(doc, { surface: 'journey', journeyId, phaseId: p1, laneId: lane, text: 'Lapp' }),
    )
    must(deleteLane(doc, lane))
    expect(readEntities(doc, 'laneItem')).toEqual([])
    expect(readNotes(doc)).toEqual([])
    const names = builtInLaneId(doc, journeyId, 'touchpoint')!
    expect(deleteLane(doc, names).ok).toBe(false)
    const second = must(addLane(doc, journeyId, { kind: 'touchpoint', field: 'touchpoint' }))
    must(deleteLane(doc, names))
    expect(deleteLane(doc, second).ok).toBe(false)
  })

  it('converges when two people move lanes at once', () => {
    const { doc, journeyId } = journey()
    const other = replica(doc)
    const [a, b] = readLanes(doc, journeyId)
    must(moveLane(doc, b!.id, -1))
    must(moveLane(other, readLanes(other, journeyId)[2]!.id, -1))
    syncPair(doc, other)
    expect(readLanes(doc, journeyId).map((l) => l.id)).toEqual(
      readLanes(other, journeyId).map((l) => l.id),
    )
    expect(readLanes(doc, journeyId).map((l) => l.id)).toContain(a!.id)
  })
})

describe('lane items', () => {
  it('holds text in a text lane and typed items in an items lane, with links', () => {
    const { doc, journeyId, p1, p2 } = journey()
    const text = must(addLane(doc, journeyId, { kind: 'text' }))
    const items = must(addLane(doc, journeyId, { kind: 'items' }))
    const note = must(addLaneItem(doc, { laneId: text, phaseId: p1 }, { kind: 'idea', text: 'A' }))
    expect(readLaneItems(doc, text, p1)[0]!.kind).toBe('text')
    const pain = must(addLaneItem(doc, { laneId: items, phaseId: p1 }, { kind: 'pain', text: 'B' }))
    const idea = must(
      addLaneItem(
        doc,
        { laneId: items, phaseId: p1 },
        { kind: 'opportunity', text: 'C', pains: [pain] },
      ),
    )
    expect(readLaneItems(doc, items, p1).map((i) => i.id)).toEqual([pain, idea])
    must(updateLaneItem(doc, idea, { kind: 'idea', description: 'Koordinator' }))
    expect(readLaneItems(doc, items, p1)[1]).toMatchObject({ kind: 'idea', pains: [pain] })
    // Not in a lane without cells, not in another journey's phase, not linked to nothing.
    const line = must(addLane(doc, journeyId, { kind: 'divider' }))
    expect(addLaneItem(doc, { laneId: line, phaseId: p1 }, { text: 'x' }).ok).toBe(false)
    const other = must(startJourney(doc, { title: 'Annen' }, ['Én']))
    const otherPhase = readEntities(doc, 'phase').find((p) => p.journeyId === other)!
    expect(addLaneItem(doc, { laneId: items, phaseId: otherPhase.id }, { text: 'x' }).ok).toBe(
      false,
    )
    expect(updateLaneItem(doc, idea, { pains: ['nope'] }).ok).toBe(false)
    // Deleting a phase and moving its touchpoints moves its items along, lane by lane.
    must(deletePhase(doc, p1, { touchpoints: 'move', to: p2 }))
    expect(readLaneItems(doc, text, p2).map((i) => i.id)).toEqual([note])
    expect(readLaneItems(doc, items, p2).map((i) => i.id)).toEqual([pain, idea])
  })

  it('copies lanes and items with a duplicated journey, links to the copies', () => {
    const { doc, journeyId, p1 } = journey()
    const items = must(addLane(doc, journeyId, { kind: 'items', title: 'Muligheter' }))
    const pain = must(addLaneItem(doc, { laneId: items, phaseId: p1 }, { kind: 'pain', text: 'B' }))
    must(
      addLaneItem(doc, { laneId: items, phaseId: p1 }, { kind: 'idea', text: 'C', pains: [pain] }),
    )
    const copy = must(duplicateJourney(doc, journeyId, { title: 'Ønsket' }))
    expect(titles(doc, copy)).toEqual(titles(doc, journeyId))
    const copied = readEntities(doc, 'laneItem').filter((i) => i.journeyId === copy)
    const copiedPain = copied.find((i) => i.kind === 'pain')!
    expect(copied.find((i) => i.kind === 'idea')!.pains).toEqual([copiedPain.id])
  })

  it('prunes an item whose lane was deleted concurrently', () => {
    const { doc, journeyId, p1 } = journey()
    const lane = must(addLane(doc, journeyId, { kind: 'text' }))
    const other = replica(doc)
    must(addLaneItem(other, { laneId: lane, phaseId: p1 }, { text: 'Sent' }))
    must(deleteLane(doc, lane))
    syncPair(doc, other)
    expect(pruneDangling(doc)).toBe(1)
    expect(readEntities(doc, 'laneItem')).toEqual([])
  })
})
