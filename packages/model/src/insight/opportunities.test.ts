import { describe, expect, it } from 'vitest'
import { readEntities } from '../doc/entityStore'
import { addLane } from '../journey/laneOps'
import { addLaneItem } from '../journey/laneItemOps'
import { startJourney } from '../journey/startJourney'
import { addTouchpoint, deleteEntity, readPhases } from '../index'
import { must, newBoard } from '../test/docs'
import { journeyOpportunities, painTargets } from './opportunities'

describe('opportunities', () => {
  it('offers the journey’s pain points and lists opportunities with what they address', () => {
    const doc = newBoard()
    const journeyId = must(startJourney(doc, { title: 'Sykt barn' }, ['Før', 'Under']))
    const [p1, p2] = readPhases(doc, journeyId).map((p) => p.id)
    const calm = must(addTouchpoint(doc, { phaseId: p1!, title: 'Helsestasjon' }))
    const sore = must(
      addTouchpoint(doc, { phaseId: p2!, title: 'NAV', painPoint: 'Må forklare alt på nytt' }),
    )
    const lane = must(addLane(doc, journeyId, { kind: 'items' }))
    const pain = must(
      addLaneItem(doc, { laneId: lane, phaseId: p1! }, { kind: 'pain', text: 'Alene' }),
    )
    const idea = must(
      addLaneItem(
        doc,
        { laneId: lane, phaseId: p2! },
        { kind: 'opportunity', text: 'Koordinator', touchpoints: [sore], pains: [pain] },
      ),
    )
    const read = () => [readEntities(doc, 'touchpoint'), readEntities(doc, 'laneItem')] as const
    const order = [p1!, p2!]
    expect(painTargets(journeyId, order, ...read()).map((t) => t.id)).toEqual([sore, pain])
    expect(painTargets(journeyId, order, ...read()).map((t) => t.id)).not.toContain(calm)
    const [opportunity] = journeyOpportunities(journeyId, order, ...read())
    expect(opportunity!.item.id).toBe(idea)
    expect(opportunity!.addresses.map((t) => t.kind)).toEqual(['touchpoint', 'pain'])
    must(deleteEntity(doc, 'laneItem', pain))
    expect(journeyOpportunities(journeyId, order, ...read())[0]!.addresses).toHaveLength(1)
  })
})
