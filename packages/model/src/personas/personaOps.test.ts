import { describe, expect, it } from 'vitest'
import { readEntity } from '../doc/entityStore'
import { must, newBoard, replica, syncPair } from '../test/docs'
import { addPhase, addTouchpoint, createJourney, duplicateJourney } from '../ops/journeyOps'
import { updateEntity } from '../ops/entityOps'
import {
  createPersona,
  deletePersona,
  readPersonas,
  touchpointIsFor,
  updatePersona,
} from './personaOps'

function board() {
  const doc = newBoard()
  const mother = must(createPersona(doc, { name: ' Mor ', picture: 'parent' }))
  const child = must(createPersona(doc, { name: 'Barnet', picture: 'child' }))
  const first = must(createJourney(doc, { title: 'Sykehus', personas: [mother, child] }))
  const second = must(createJourney(doc, { title: 'Skole', personas: [child] }))
  const phase = must(addPhase(doc, first, { title: 'Kontakt' }))
  const tp = must(addTouchpoint(doc, { phaseId: phase, title: 'Pleiepenger' }))
  must(updateEntity(doc, 'touchpoint', tp, { personas: [mother] }))
  return { doc, mother, child, first, second, tp }
}

describe('personas', () => {
  it('are board entities, listed by name, reused by several journeys', () => {
    const { doc, mother, child, first, second } = board()
    expect(readPersonas(doc).map((p) => p.name)).toEqual(['Barnet', 'Mor'])
    expect(readEntity(doc, 'journey', first)!.personas).toEqual([child, mother].sort())
    expect(readEntity(doc, 'journey', second)!.personas).toEqual([child])
    // One edit shows in every journey: they name the persona, not a copy of it.
    must(updatePersona(doc, child, { name: ' Sara (8) ', needs: 'Å være med venner' }))
    expect(readEntity(doc, 'persona', child)).toMatchObject({
      name: 'Sara (8)',
      needs: 'Å være med venner',
    })
  })

  it('come along, not copied, when a journey is duplicated', () => {
    const { doc, mother, child, first, tp } = board()
    const copy = must(duplicateJourney(doc, first, { title: 'Sykehus (kopi)' }))
    expect(readEntity(doc, 'journey', copy)!.personas).toEqual([child, mother].sort())
    expect(readPersonas(doc)).toHaveLength(2)
    expect(readEntity(doc, 'touchpoint', tp)!.personas).toEqual([mother])
  })

  it('refuses a journey naming a persona that does not exist', () => {
    const doc = newBoard()
    const r = createJourney(doc, { title: 'Reise', personas: ['nobody-persona'] })
    expect(r).toMatchObject({ ok: false, error: { code: 'missing_reference' } })
  })

  it('refuses an empty name and a picture outside the built-in set', () => {
    const doc = newBoard()
    expect(createPersona(doc, { name: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'required' },
    })
    expect(createPersona(doc, { name: 'Far', picture: 'dragon' as never })).toMatchObject({
      ok: false,
      error: { code: 'invalid_enum' },
    })
  })

  it('deleting one takes it out of every journey and touchpoint in one step', () => {
    const { doc, mother, child, first, second, tp } = board()
    must(deletePersona(doc, mother))
    expect(readEntity(doc, 'persona', mother)).toBeUndefined()
    expect(readEntity(doc, 'journey', first)!.personas).toEqual([child])
    expect(readEntity(doc, 'journey', second)!.personas).toEqual([child])
    // The touchpoint named only the deleted persona: it is now for everyone.
    expect(readEntity(doc, 'touchpoint', tp)!.personas).toEqual([])
    expect(deletePersona(doc, mother)).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('a persona added to a journey on one replica and another on a second both stay', () => {
    const { doc, mother, child, second } = board()
    const other = replica(doc)
    must(updateEntity(doc, 'journey', second, { personas: [child, mother] }))
    const father = must(createPersona(other, { name: 'Far' }))
    must(updateEntity(other, 'journey', second, { personas: [child, father] }))
    syncPair(doc, other)
    expect(readEntity(doc, 'journey', second)!.personas).toEqual([child, father, mother].sort())
    expect(readEntity(other, 'journey', second)!.personas).toEqual([child, father, mother].sort())
  })
})

describe('touchpointIsFor', () => {
  it('is true for a named persona and for every persona when none is named', () => {
    expect(touchpointIsFor({ personas: ['a'] }, 'a')).toBe(true)
    expect(touchpointIsFor({ personas: ['a'] }, 'b')).toBe(false)
    expect(touchpointIsFor({ personas: [] }, 'b')).toBe(true)
  })

  it('ignores personas that no longer exist', () => {
    const exists = (id: string) => id !== 'gone'
    expect(touchpointIsFor({ personas: ['gone'] }, 'b', exists)).toBe(true)
    expect(touchpointIsFor({ personas: ['gone', 'a'] }, 'b', exists)).toBe(false)
  })
})
