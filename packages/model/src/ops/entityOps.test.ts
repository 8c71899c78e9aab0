import { describe, expect, it } from 'vitest'
import { readEntities, readEntity } from '../doc/entityStore'
import { orderBetween } from '../order'
import { must, newBoard } from '../test/docs'
import { createActor, deleteActor } from './actorOps'
import { createEntity, deleteEntity, updateEntity } from './entityOps'

function journeyBoard() {
  const doc = newBoard()
  const nav = must(createActor(doc, { name: 'NAV' }))
  const kommune = must(createActor(doc, { name: 'Kommunen' }))
  const journey = must(
    createEntity(doc, 'journey', { title: 'Alvorlig sykt barn', tags: ['0–6 år'] }),
  )
  const p1 = must(
    createEntity(doc, 'phase', {
      journeyId: journey,
      title: 'Kontakt',
      order: orderBetween(null, null),
    }),
  )
  const p2 = must(
    createEntity(doc, 'phase', {
      journeyId: journey,
      title: 'Sykehus',
      order: orderBetween('V', null),
    }),
  )
  const tp = must(
    createEntity(doc, 'touchpoint', {
      journeyId: journey,
      phaseId: p2,
      title: 'Søke pleiepenger',
      channel: 'digital',
      emotion: -1,
      painType: 'own-initiative',
      legalBasis: 'folketrygdloven § 9-10',
      responsible: [nav, kommune],
    }),
  )
  return { doc, nav, kommune, journey, p1, p2, tp }
}

describe('journeys, phases and touchpoints', () => {
  it('stores a touchpoint with its responsible actors as a set', () => {
    const { doc, tp, nav, kommune } = journeyBoard()
    expect(readEntity(doc, 'touchpoint', tp)).toMatchObject({
      title: 'Søke pleiepenger',
      responsible: [nav, kommune].sort(),
      emotion: -1,
    })
  })

  it('refuses a responsible actor that does not exist, an emotion off the scale, a foreign phase', () => {
    const { doc, journey, p1, tp } = journeyBoard()
    expect(updateEntity(doc, 'touchpoint', tp, { responsible: ['ghost'] })).toMatchObject({
      ok: false,
      error: { code: 'missing_reference', field: 'responsible' },
    })
    expect(updateEntity(doc, 'touchpoint', tp, { emotion: 3 })).toMatchObject({
      ok: false,
      error: { code: 'out_of_range' },
    })
    expect(updateEntity(doc, 'touchpoint', tp, { emotion: 0.5 })).toMatchObject({
      ok: false,
      error: { code: 'not_integer' },
    })
    const other = must(createEntity(doc, 'journey', { title: 'Annen reise' }))
    const foreign = must(createEntity(doc, 'phase', { journeyId: other, title: 'X' }))
    expect(
      createEntity(doc, 'touchpoint', { journeyId: journey, phaseId: foreign, title: 'Y' }),
    ).toMatchObject({ ok: false, error: { field: 'phaseId' } })
    expect(updateEntity(doc, 'touchpoint', tp, { phaseId: p1 }).ok).toBe(true)
  })

  it('keeps a deleted owner on the touchpoint so it shows as without owner', () => {
    const { doc, tp, nav, kommune } = journeyBoard()
    must(deleteActor(doc, nav))
    expect(readEntity(doc, 'touchpoint', tp)?.responsible).toEqual([nav, kommune].sort())
    // Editing another field, or keeping the stale owner while adding none, is still allowed.
    expect(updateEntity(doc, 'touchpoint', tp, { title: 'Søke om pleiepenger' }).ok).toBe(true)
    expect(updateEntity(doc, 'touchpoint', tp, { responsible: [nav, kommune] }).ok).toBe(true)
    expect(updateEntity(doc, 'touchpoint', tp, { responsible: [kommune] }).ok).toBe(true)
    expect(readEntity(doc, 'touchpoint', tp)?.responsible).toEqual([kommune])
  })

  it('deletes a phase with its touchpoints, and a journey with all of its parts', () => {
    const { doc, journey, p2, p1 } = journeyBoard()
    must(deleteEntity(doc, 'phase', p2))
    expect(readEntities(doc, 'touchpoint')).toEqual([])
    expect(readEntities(doc, 'phase').map((p) => p.id)).toEqual([p1])
    must(deleteEntity(doc, 'journey', journey))
    expect(readEntities(doc, 'phase')).toEqual([])
    expect(readEntities(doc, 'journey')).toEqual([])
  })

  it('refuses overlong tags', () => {
    const { doc, journey } = journeyBoard()
    expect(updateEntity(doc, 'journey', journey, { tags: ['x'.repeat(61)] })).toMatchObject({
      ok: false,
      error: { code: 'too_long', field: 'tags' },
    })
  })
})
