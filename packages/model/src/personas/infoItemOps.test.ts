import { describe, expect, it } from 'vitest'
import { readEntity } from '../doc/entityStore'
import { must, newBoard } from '../test/docs'
import { addPhase, addTouchpoint, createJourney } from '../ops/journeyOps'
import { updateEntity } from '../ops/entityOps'
import { deleteInfoItem, ensureInfoItem, readInfoItems, renameInfoItem } from './infoItemOps'

describe('info items', () => {
  it('ensureInfoItem reuses an item of the same name, ignoring case and spaces', () => {
    const doc = newBoard()
    const diagnose = must(ensureInfoItem(doc, 'Diagnose'))
    expect(must(ensureInfoItem(doc, '  diagnose '))).toBe(diagnose)
    must(ensureInfoItem(doc, 'Inntekt'))
    expect(readInfoItems(doc).map((i) => i.name)).toEqual(['Diagnose', 'Inntekt'])
  })

  it('renaming to another item’s name is refused', () => {
    const doc = newBoard()
    const a = must(ensureInfoItem(doc, 'Diagnose'))
    must(ensureInfoItem(doc, 'Inntekt'))
    expect(renameInfoItem(doc, a, 'INNTEKT')).toMatchObject({
      ok: false,
      error: { code: 'duplicate_name', params: { name: 'Inntekt' } },
    })
    must(renameInfoItem(doc, a, 'Legeerklæring'))
    expect(readEntity(doc, 'infoItem', a)!.name).toBe('Legeerklæring')
    // Its own name in another case is not a clash.
    must(renameInfoItem(doc, a, 'legeerklæring'))
  })

  it('deleting one takes it out of every touchpoint’s asksFor', () => {
    const doc = newBoard()
    const j = must(createJourney(doc, { title: 'Reise' }))
    const p = must(addPhase(doc, j, { title: 'Fase' }))
    const tp = must(addTouchpoint(doc, { phaseId: p, title: 'Søknad' }))
    const a = must(ensureInfoItem(doc, 'Diagnose'))
    const b = must(ensureInfoItem(doc, 'Inntekt'))
    must(updateEntity(doc, 'touchpoint', tp, { asksFor: [a, b] }))
    must(deleteInfoItem(doc, a))
    expect(readEntity(doc, 'touchpoint', tp)!.asksFor).toEqual([b])
    expect(readInfoItems(doc)).toHaveLength(1)
  })
})
