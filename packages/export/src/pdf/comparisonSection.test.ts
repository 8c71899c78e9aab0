import { boardSnapshot, createActor, moveActor, readActors, updateEntity } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readBoardData } from '../board/BoardData'
import { exportComparisonSvg } from '../compare/exportComparisonSvg'
import { NOW, alvorligSyktBarn, must } from '../test/boards'
import { pdfStructure, pdfText, structElements } from '../test/pdfText'
import { exportPdf } from './exportPdf'

/** The template board as «Før workshop 2», and the board after a workshop changed it. */
function workshop() {
  const doc = alvorligSyktBarn()
  const before = boardSnapshot(doc)
  const after = new Y.Doc()
  Y.applyUpdate(after, Y.encodeStateAsUpdate(doc))
  const nav = readActors(after).find((a) => a.name.startsWith('Arbeids- og velferdsetaten'))!
  // From Viktig (high importance, low substitutability) down to Lav.
  must(moveActor(after, nav.id, { importance: 0.2, substitutability: 0.8 }))
  must(createActor(after, { name: 'Barnekoordinator', importance: 0.9, substitutability: 0.1 }))
  const touchpoint = [...after.getMap<Y.Map<unknown>>('touchpoints').values()][0]!
  must(updateEntity(after, 'touchpoint', touchpoint.get('id') as string, { responsible: [] }))
  return {
    board: readBoardData(after),
    comparison: { before, beforeLabel: 'Før workshop 2', afterLabel: 'Nå' },
    nav: nav.name,
  }
}

describe('the comparison in the PDF report', () => {
  it('comes first, as its own section: the map with arrows, the changes in words, the figures', async () => {
    const { board, comparison, nav } = workshop()
    const bytes = await exportPdf(board, { now: NOW, comparison })
    const pages = await pdfText(bytes)
    const structure = await pdfStructure(bytes)
    // The cover lists the comparison first among the sections.
    expect(pages[0]).toContain('Sammenligning: Før workshop 2 -> Nå')
    // Its first page is the matrix as a figure described in words.
    const figure = structElements(structure[1]!).find((e) => e.role === 'Figure')!
    expect(figure.alt).toMatch(
      /^Aktørkartet etter endringene: 1 aktør flyttet, 1 lagt til og 0 fjernet/,
    )
    expect(figure.alt).toContain(`${nav}: Viktig → Lav`)
    expect(pages[1]).toContain('Barnekoordinator')
    // Then the changes in words and the journey's figures side by side.
    const words = pages.slice(2).join('\n')
    expect(words).toContain('Ny kategori')
    expect(words).toContain(`${nav}: Viktig -> Lav`)
    expect(words).toMatch(/Aktører lagt til[\s\S]*Barnekoordinator/)
    expect(words).toContain('Endret ansvar')
    expect(words).toContain('Virksomheter: Før')
    expect(words).toContain('Uten ansvarlig: Etter')
    // The rest of the report follows: the board as it is now.
    expect(pages.some((p) => p.includes('Aktørkart: nettverk av relasjoner'))).toBe(true)
  })

  it('is left out of a report made without a comparison', async () => {
    const { board } = workshop()
    const pages = await pdfText(await exportPdf(board, { now: NOW }))
    expect(pages.join('\n')).not.toContain('Sammenligning')
  })

  it('draws the same figure as an SVG for the PNG: the moved actor at both places, an arrow', () => {
    const { board, comparison } = workshop()
    const svg = exportComparisonSvg(board, comparison, { now: NOW })
    expect(svg).toContain('Sammenligning: Før workshop 2 → Nå')
    expect(svg).toContain('Barnekoordinator')
    expect(svg).toContain('Arbeids- og')
    // One arrow: the moved actor's line with its arrowhead.
    expect(svg.match(/<polygon[^>]*fill="#0062ba"/g) ?? []).toHaveLength(1)
  })
})
