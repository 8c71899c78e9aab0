import { describe, expect, it } from 'vitest'
import { boardSnapshot } from '../doc/snapshot'
import { createActor, deleteActor, moveActor } from '../ops/actorOps'
import { updateEntity } from '../ops/entityOps'
import { addPhase, addTouchpoint, createJourney } from '../ops/journeyOps'
import { createRelation } from '../ops/relationOps'
import { must, newBoard, replica } from '../test/docs'
import { boardDiff, isEmptyDiff, versionSummary } from './boardDiff'

/** A board with two actors, a relation and a journey of two phases, one touchpoint each. */
function workshopBoard() {
  const doc = newBoard()
  const nav = must(createActor(doc, { name: 'NAV', importance: 0.9, substitutability: 0.1 }))
  const kommune = must(
    createActor(doc, { name: 'Kommunen', importance: 0.3, substitutability: 0.8 }),
  )
  const relation = must(createRelation(doc, { source: nav, target: kommune }))
  const journey = must(createJourney(doc, { title: 'Sykt barn' }))
  const first = must(addPhase(doc, journey, { title: 'Kontakt' }))
  const second = must(addPhase(doc, journey, { title: 'Hjemme' }))
  const søknad = must(addTouchpoint(doc, { phaseId: first, title: 'Søknad', responsible: [nav] }))
  const oppfølging = must(
    addTouchpoint(doc, { phaseId: second, title: 'Oppfølging', responsible: [kommune] }),
  )
  return { doc, nav, kommune, relation, journey, first, second, søknad, oppfølging }
}

describe('boardDiff', () => {
  it('finds nothing between a board and itself', () => {
    const { doc } = workshopBoard()
    const diff = boardDiff(boardSnapshot(doc), boardSnapshot(doc))
    expect(isEmptyDiff(diff)).toBe(true)
    expect(diff.journeys).toHaveLength(1)
    expect(diff.journeys[0]!.before).toEqual(diff.journeys[0]!.after)
  })

  it('lists an actor that moved across a category with both places', () => {
    const { doc, kommune } = workshopBoard()
    const before = boardSnapshot(doc)
    must(moveActor(doc, kommune, { importance: 0.8, substitutability: 0.2 }))
    const diff = boardDiff(before, boardSnapshot(doc))
    expect(diff.actorsMoved).toEqual([
      {
        id: kommune,
        name: 'Kommunen',
        from: { importance: 0.3, substitutability: 0.8, category: 'lav' },
        to: { importance: 0.8, substitutability: 0.2, category: 'viktig' },
      },
    ])
    expect(versionSummary(before, boardSnapshot(doc))).toMatchObject({
      actorsMoved: 1,
      actorsRecategorised: 1,
    })
  })

  it('counts a move within a category as a move, not a category change', () => {
    const { doc, nav } = workshopBoard()
    const before = boardSnapshot(doc)
    must(moveActor(doc, nav, { importance: 0.8, substitutability: 0.2 }))
    expect(versionSummary(before, boardSnapshot(doc))).toMatchObject({
      actorsMoved: 1,
      actorsRecategorised: 0,
    })
  })

  it('lists added and removed actors, relations and touchpoints', () => {
    const { doc, kommune, relation, oppfølging, first } = workshopBoard()
    const before = boardSnapshot(doc)
    must(deleteActor(doc, kommune)) // takes its relation with it
    const fylke = must(createActor(doc, { name: 'Fylket' }))
    const added = must(addTouchpoint(doc, { phaseId: first, title: 'Vedtak' }))
    must(updateEntity(doc, 'touchpoint', oppfølging, { responsible: [] }))
    const after = boardSnapshot(doc)
    const diff = boardDiff(before, after)
    expect(diff.actorsAdded).toEqual([fylke])
    expect(diff.actorsRemoved).toEqual([kommune])
    expect(diff.relationsRemoved).toEqual([relation])
    expect(diff.touchpointsAdded).toEqual([added])
    expect(diff.ownerChanges).toEqual([
      expect.objectContaining({ touchpointId: oppfølging, added: [], removed: [kommune] }),
    ])
  })

  it('puts each journey’s coordination figures side by side, with its own changes', () => {
    const { doc, nav, journey, second, oppfølging } = workshopBoard()
    const before = boardSnapshot(doc)
    must(updateEntity(doc, 'touchpoint', oppfølging, { responsible: [nav] }))
    const [comparison] = boardDiff(before, boardSnapshot(doc)).journeys
    expect(comparison!.journeyId).toBe(journey)
    expect(comparison!.before!.handovers).toBe(1)
    expect(comparison!.after!.handovers).toBe(0)
    expect(comparison!.after!.phases.find((p) => p.phaseId === second)!.agencies).toEqual([nav])
    expect(comparison!.ownerChanges).toHaveLength(1)
  })

  it('shows a journey that exists on one side only with null on the other', () => {
    const { doc } = workshopBoard()
    const empty = boardSnapshot(replica(newBoard()))
    const [comparison] = boardDiff(empty, boardSnapshot(doc)).journeys
    expect(comparison!.before).toBeNull()
    expect(comparison!.after!.sequence).toHaveLength(2)
    expect(comparison!.touchpointsAdded).toHaveLength(2)
  })
})
