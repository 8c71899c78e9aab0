import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { savedViewSpec } from '../entities/SavedView'
import { validateEntity } from '../doc/validateBoard'
import {
  addSavedView,
  deleteSavedView,
  moveSavedView,
  readSavedViews,
  renameSavedView,
} from './savedViewOps'

const step = (name: string) => ({ ...savedViewSpec.defaults, name })
const names = (doc: Y.Doc) => readSavedViews(doc).map((v) => v.name)

describe('saved views (walkthrough steps)', () => {
  it('adds steps at the end, renames and deletes them', () => {
    const doc = new Y.Doc()
    const first = addSavedView(doc, step('Matrisen'))
    addSavedView(doc, { ...step('Reisen'), view: 'journeys', journeyId: 'j1' })
    expect(first.ok).toBe(true)
    expect(names(doc)).toEqual(['Matrisen', 'Reisen'])
    if (!first.ok) return
    expect(renameSavedView(doc, first.value, '  Oversikt ').ok).toBe(true)
    expect(names(doc)).toEqual(['Oversikt', 'Reisen'])
    expect(deleteSavedView(doc, first.value)).toBe(true)
    expect(names(doc)).toEqual(['Reisen'])
  })

  it('refuses a step without a name or with an unknown view', () => {
    const doc = new Y.Doc()
    expect(addSavedView(doc, step('  ')).ok).toBe(false)
    expect(addSavedView(doc, { ...step('X'), view: 'tabell' as never }).ok).toBe(false)
    expect(readSavedViews(doc)).toEqual([])
  })

  it('moves a step one place at a time, stopping at the ends', () => {
    const doc = new Y.Doc()
    const ids = ['A', 'B', 'C'].map((n) => {
      const made = addSavedView(doc, step(n))
      if (!made.ok) throw new Error('not added')
      return made.value
    })
    expect(moveSavedView(doc, ids[2]!, -1)).toBe(true)
    expect(names(doc)).toEqual(['A', 'C', 'B'])
    expect(moveSavedView(doc, ids[2]!, -1)).toBe(true)
    expect(names(doc)).toEqual(['C', 'A', 'B'])
    expect(moveSavedView(doc, ids[2]!, -1)).toBe(false)
    expect(moveSavedView(doc, ids[0]!, 1)).toBe(true)
    expect(names(doc)).toEqual(['C', 'B', 'A'])
    expect(moveSavedView(doc, ids[0]!, 1)).toBe(false)
  })

  it('validates like any entity: a zoom out of range is a problem', () => {
    const doc = new Y.Doc()
    const made = addSavedView(doc, { ...step('S'), zoom: 0 })
    expect(made.ok).toBe(false)
    const ok = addSavedView(doc, { ...step('S'), zoom: 2, x: -40, y: 12.5 })
    if (!ok.ok) throw new Error('not added')
    expect(validateEntity(doc, 'savedView', ok.value)).toEqual([])
  })
})
