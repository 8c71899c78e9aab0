import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { actorCategory, matrixCell } from '../category'
import { readActors } from '../ops/actorOps'
import { readRelations } from '../ops/relationOps'
import { validateBoard } from '../doc/validateBoard'
import { newBoard } from '../test/docs'
import { BOARD_TEMPLATES, TEMPLATE_ORIGIN, applyTemplate } from './applyTemplate'
import { digibarnevernTemplate } from './digibarnevern'

const cellOf = (doc: Y.Doc, name: string) => {
  const a = readActors(doc).find((x) => x.name === name)!
  return matrixCell(a.importance, a.substitutability)
}

describe('applyTemplate', () => {
  it('places the Digibarnevern actors in the cells of Tabell 15', () => {
    const doc = newBoard()
    expect(applyTemplate(doc, digibarnevernTemplate).ok).toBe(true)
    // Høy viktighet, lav erstatningsmulighet
    for (const name of [
      'IT-leverandører',
      'KS – Kommunesektorens organisasjon',
      'Diginettverkene',
      'Barnevernsledere',
    ])
      expect(cellOf(doc, name)).toBe('high-low')
    // Høy viktighet, høy erstatningsmulighet
    for (const name of ['Statsforvalteren', 'Øvrige kommuner', 'Digibarnevern-kommunene'])
      expect(cellOf(doc, name)).toBe('high-high')
    // Lav viktighet, lav erstatningsmulighet
    expect(cellOf(doc, 'Barne- og familiedepartementet')).toBe('low-low')
    expect(readActors(doc).find((a) => a.shortName === 'Bufdir')?.notes).toMatch(/Prosjekteier/)
    expect(readRelations(doc)).toHaveLength(digibarnevernTemplate.relations.length)
  })

  it('applies every template as a valid board', () => {
    for (const template of Object.values(BOARD_TEMPLATES)) {
      const doc = newBoard()
      const result = applyTemplate(doc, template)
      expect(result.ok, template.id).toBe(true)
      expect(readActors(doc)).toHaveLength(template.actors.length)
      expect(validateBoard(doc)).toEqual([])
    }
  })

  it('puts the family in Viktig in the Alvorlig sykt barn template', () => {
    const doc = newBoard()
    applyTemplate(doc, BOARD_TEMPLATES['alvorlig-sykt-barn-aktorer']!)
    const family = readActors(doc).find((a) => a.shortName === 'Familien')!
    expect(actorCategory(family.importance, family.substitutability)).toBe('viktig')
  })

  it('is not an undo step for the user', () => {
    const doc = newBoard()
    const undo = new Y.UndoManager([doc.getMap('actors'), doc.getMap('relations')], {
      trackedOrigins: new Set(['me']),
    })
    let origin: unknown
    doc.on('update', (_u: Uint8Array, o: unknown) => (origin = o))
    applyTemplate(doc, digibarnevernTemplate)
    expect(origin).toBe(TEMPLATE_ORIGIN)
    expect(undo.canUndo()).toBe(false)
  })

  it('refuses a broken template and leaves the board untouched', () => {
    const doc = newBoard()
    const before = Y.encodeStateAsUpdate(doc)
    const broken = {
      ...digibarnevernTemplate,
      relations: [
        ...digibarnevernTemplate.relations,
        { source: 'ks', target: 'nobody', type: 'funding' as const },
      ],
    }
    expect(applyTemplate(doc, broken)).toMatchObject({
      ok: false,
      error: { code: 'missing_reference' },
    })
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })
})
