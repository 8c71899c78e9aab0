import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { actorCategory, matrixCell } from '../category'
import { readActors } from '../ops/actorOps'
import { readJourneys } from '../ops/journeyOps'
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
      expect(readJourneys(doc)).toHaveLength(template.journeys?.length ?? 0)
      expect(validateBoard(doc)).toEqual([])
    }
  })

  it('puts the family in Viktig in the Alvorlig sykt barn template', () => {
    const doc = newBoard()
    applyTemplate(doc, BOARD_TEMPLATES['alvorlig-sykt-barn-aktorer']!)
    const family = readActors(doc).find((a) => a.shortName === 'Familien')!
    expect(actorCategory(family.importance, family.substitutability)).toBe('viktig')
  })

  it('marks the owner, executors and collaborators of each life event and places them', () => {
    const doc = newBoard()
    applyTemplate(doc, BOARD_TEMPLATES['livshendelse-ny-i-norge']!)
    const actors = readActors(doc)
    const by = (short: string) => actors.find((a) => a.shortName === short)!
    const category = (short: string) =>
      actorCategory(by(short).importance, by(short).substitutability)
    expect(by('KD').notes).toMatch(/Eier/)
    expect(category('KD')).toBe('viktig')
    expect(by('IMDi').notes).toMatch(/Utfører/)
    expect(category('IMDi')).toBe('viktig')
    for (const short of ['KS', 'Digdir', 'DFØ', 'UDI', 'NAV']) {
      expect(by(short).notes).toMatch(/Samarbeidspart/)
      expect(category(short)).toBe('moderat')
    }
    expect(readRelations(doc)).toEqual([
      expect.objectContaining({ source: by('KD').id, target: by('IMDi').id, type: 'governance' }),
    ])
    expect(readJourneys(doc).map((j) => j.title)).toEqual(['Ny i Norge'])
  })

  it('refuses a journey touchpoint naming an unknown actor', () => {
    const doc = newBoard()
    const broken = {
      ...digibarnevernTemplate,
      journeys: [
        {
          key: 'j',
          title: 'Reise',
          phases: [{ title: 'Fase', touchpoints: [{ title: 'Møte', responsible: ['nobody'] }] }],
        },
      ],
    }
    const before = Y.encodeStateAsUpdate(doc)
    expect(applyTemplate(doc, broken)).toMatchObject({
      ok: false,
      error: { code: 'missing_reference', entity: 'touchpoint' },
    })
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
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
