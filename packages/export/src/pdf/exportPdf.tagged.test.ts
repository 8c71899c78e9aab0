import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readBoardData } from '../board/BoardData'
import { NOW, alvorligSyktBarn, hostileBoard } from '../test/boards'
import {
  type StructNode,
  pdfStructure,
  pdfText,
  pdfUnmarkedPaints,
  structElements,
} from '../test/pdfText'
import { exportPdf } from './exportPdf'

/** Poppler's `pdfinfo`, if this machine has it (the dev container does). */
function pdfinfo(bytes: Uint8Array): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'samkart-pdfinfo-'))
  try {
    const file = join(dir, 'report.pdf')
    writeFileSync(file, bytes)
    return execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const roles = (page: StructNode) => structElements(page).map((e) => e.role)
const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes)

describe('tagged PDF report', () => {
  it('is tagged, titled and in the chosen language, as pdfinfo and the catalogue say', async () => {
    const board = readBoardData(alvorligSyktBarn())
    for (const [locale, lang] of [
      ['nb', 'nb-NO'],
      ['nn', 'nn-NO'],
      ['en', 'en-GB'],
    ] as const) {
      const bytes = await exportPdf(board, { now: NOW, locale })
      const raw = latin1(bytes)
      expect(raw).toContain(`/Lang (${lang})`)
      expect(raw).toMatch(/\/DisplayDocTitle true/)
      expect(raw).toMatch(/\/MarkInfo \d+ 0 R/)
      expect(raw).toMatch(/\/Marked true/)
      const info = pdfinfo(bytes)
      if (info === null) continue // no poppler here: the catalogue checks above still hold
      expect(info).toMatch(/^Tagged:\s+yes$/m)
      expect(info).toMatch(/^Title:\s+Alvorlig sykt barn$/m)
      expect(info).toMatch(/^PDF version:\s+1\.7$/m)
    }
  })

  it('gives every page structure: headings, lists, tables with header cells, described maps', async () => {
    const board = readBoardData(alvorligSyktBarn())
    const bytes = await exportPdf(board, { now: NOW })
    const pages = await pdfStructure(bytes)
    const texts = await pdfText(bytes)
    for (const [i, page] of pages.entries())
      expect(roles(page).length, `page ${i + 1}`).toBeGreaterThan(2) // more than Root › Document
    // Nothing is drawn outside the structure tree or the artifacts (footers, rules, frames).
    expect(await pdfUnmarkedPaints(bytes)).toEqual(pages.map(() => 0))
    const all = pages.flatMap(structElements)
    const count = (role: string) => all.filter((e) => e.role === role).length
    // The cover's title and every section's heading; sub-headings of the coordination section.
    expect(count('H1')).toBeGreaterThanOrEqual(8)
    expect(count('H2')).toBeGreaterThanOrEqual(2)
    expect(roles(pages[0]!).slice(0, 3)).toEqual(['Root', 'Document', 'H1'])
    // The contents is a list of thirteen sections (the last one «Notater»): two journeys, their
    // comparison, and the opportunities of the one journey that has any.
    expect(structElements(pages[0]!).filter((e) => e.role === 'LI')).toHaveLength(13)
    // Each table's first row is header cells (with their scope, read from the file).
    for (const page of pages.slice(-5))
      for (const table of structElements(page).filter((e) => e.role === 'Table')) {
        const rows = table.children.filter((c) => c.role === 'TR')
        expect(rows.length).toBeGreaterThan(0)
        for (const row of rows)
          expect(row.children.every((c) => ['TH', 'TD'].includes(c.role))).toBe(true)
      }
    expect(count('TH')).toBeGreaterThan(20)
    expect(latin1(bytes)).toMatch(/\/Scope \/Column/)
    // A table going on over a page break repeats its header row only as page furniture.
    // (The touchpoints' last page comes just before the one-page «Notater» table.)
    const lastPage = pages.at(-2)!
    expect(texts.at(-2)).toContain('Kontaktpunkt')
    expect(roles(lastPage)).not.toContain('TH')
    expect(texts.at(-1)).toContain('Notater (2)')
    expect(roles(pages.at(-1)!)).toContain('TH')
    // Every map page holds one figure, described from the board's data.
    const mapPages = [1, 2, 3, 4, 5, 6, 7]
    for (const n of mapPages) {
      const figures = structElements(pages[n]!).filter((e) => e.role === 'Figure')
      expect(figures, `page ${n + 1}`).toHaveLength(1)
      expect(figures[0]!.alt!.length).toBeGreaterThan(40)
    }
    const alts = all.filter((e) => e.role === 'Figure').map((e) => e.alt!)
    // Each figure also has its box on the page (a layout attribute).
    expect(latin1(bytes).match(/\/O \/Layout\s+\/Placement \/Block\s+\/BBox \[/g)).toHaveLength(
      alts.length,
    )
    expect(alts[0]).toMatch(
      /^Aktørkart etter viktighet og erstatningsmulighet med 16 aktører: 11 viktige, 1 moderat og 4 lave\. Viktig: Arbeids- og velferdsetaten/,
    )
    expect(alts[1]).toMatch(/^Nettverk av 16 aktører med 11 relasjoner\./)
    expect(alts[2]).toMatch(/^Aktørkart etter interesse og innflytelse med 16 aktører/)
    expect(alts[3]).toMatch(
      /^Brukerreisen Alvorlig sykt barn: 2 faser \(Kontakt og utredning, Sykehus og diagnose\)/,
    )
  })

  it('describes the maps in the chosen language', async () => {
    const board = readBoardData(alvorligSyktBarn())
    const alt = async (locale: 'nn' | 'en') =>
      (await pdfStructure(await exportPdf(board, { now: NOW, locale })))
        .flatMap(structElements)
        .filter((e) => e.role === 'Figure')
        .map((e) => e.alt)
    expect((await alt('nn'))[0]).toMatch(
      /^Aktørkart etter kor viktige aktørane er .* med 16 aktørar: 11 viktige, 1 moderat og 4 låge\./,
    )
    expect((await alt('en'))[1]).toMatch(
      /^Network of 16 actors with 11 relations\. Relations by type:/,
    )
  })

  it('keeps Norwegian letters as text a reader can extract and search', async () => {
    const { doc } = hostileBoard()
    const board = readBoardData(doc)
    board.meta.title = 'Blåbærsyltetøy på Ærø og Åland: ÆØÅ æøå'
    const bytes = await exportPdf(board, { now: NOW })
    const texts = await pdfText(bytes)
    expect(texts[0]).toContain('Blåbærsyltetøy på Ærø og Åland: ÆØÅ æøå')
    expect(texts[1]).toContain('Aktørkart: viktighet og erstatningsmulighet')
    expect(texts.at(-1)).toContain('Blåbærsyltetøy på Ærø og Åland: ÆØÅ æøå') // the footer
    expect(pdfinfo(bytes) ?? 'Title: Blåbærsyltetøy på Ærø og Åland: ÆØÅ æøå').toContain(
      'Blåbærsyltetøy på Ærø og Åland: ÆØÅ æøå',
    )
  })
})
