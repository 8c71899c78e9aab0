import { describe, expect, it } from 'vitest'
import { readBoardData } from '../board/BoardData'
import { ExportCancelledError, type ExportProgress } from '../progress'
import { HOSTILE, NOW, alvorligSyktBarn, hostileBoard } from '../test/boards'
import { pdfText } from '../test/pdfText'
import { boardTable } from '../tables/boardTable'
import { exportPdf } from './exportPdf'
import { PRINTED } from './pdfTables'

const flat = (text: string) => text.replace(/\s+/g, '')

describe('PDF report', () => {
  it('has a page per section of a small board, numbered, with hostile text only as text', async () => {
    const { doc } = hostileBoard()
    const bytes = await exportPdf(readBoardData(doc), { now: NOW })
    const pages = await pdfText(bytes)
    // Cover, matrix, network, lens, the journey, its coordination, actors, relations, touchpoints,
    // notes.
    expect(pages).toHaveLength(10)
    pages.slice(1).forEach((text, i) => expect(text).toContain(`Side ${i + 2} av 10`))
    expect(pages[0]).not.toContain('Side 1')
    expect(pages[0]).toContain(`Tavle ${HOSTILE.script}`)
    expect(pages[0]).toContain('Eksportert 1. mars 2025')
    expect(pages[1]).toContain('Aktørkart: viktighet og erstatningsmulighet')
    expect(pages[2]).toContain('Relasjonstyper')
    expect(pages[3]).toContain('Aktørkart: interesse og innflytelse')
    expect(pages[3]).toContain('Involver tett')
    expect(pages[4]).toContain(`Brukerreise: Reise ${HOSTILE.html}`)
    expect(pages[5]).toContain('Overleveringer: 2')
    expect(pages[5]).toContain('Uten ansvarlig (1)')
    // The tables hold every row, hostile text verbatim (the arrow mapped to WinAnsi).
    for (const name of [HOSTILE.script, HOSTILE.html, HOSTILE.formula])
      expect(flat(pages[6]!)).toContain(flat(name))
    expect(pages[7]).toContain(HOSTILE.at)
    expect(pages[8]).toContain('lov § 1 -> § 2')
    // «Notater»: every note with its place and author, hostile text verbatim.
    expect(pages[9]).toContain('Notater (2)')
    expect(flat(pages[9]!)).toContain(flat(HOSTILE.formula))
    expect(flat(pages[9]!)).toContain(flat(HOSTILE.script))
    expect(flat(pages[9]!)).toContain(flat('Fase "2", Behov'))
    // Nothing in the file can run: no JavaScript, no actions, no links.
    const raw = new TextDecoder('latin1').decode(bytes)
    expect(raw).not.toMatch(/\/(JavaScript|JS|OpenAction|AA|Launch|URI)\b/)
  })

  it('lists every table row of the template board and splits its wide journey over pages', async () => {
    const board = readBoardData(alvorligSyktBarn())
    const pages = await pdfText(await exportPdf(board, { now: NOW }))
    const all = flat(pages.join('\n'))
    for (const kind of ['actors', 'relations', 'touchpoints'] as const)
      for (const row of boardTable(board, kind).rows) {
        // Names and titles, the first cells, are printed in full.
        expect(all).toContain(flat(String(row[0])))
        expect(all).toContain(flat(String(row[kind === 'touchpoints' ? 2 : 1])))
      }
    // The as-is journey's pages; the template's to-be journey has a title of its own.
    const asIs = (p: string) =>
      p.includes('Brukerreise: Alvorlig sykt barn') && !p.includes('ønsket')
    const journeyPages = pages.slice(1).filter(asIs)
    expect(journeyPages.length).toBeGreaterThan(1)
    expect(journeyPages.slice(1).every((p) => p.includes('(forts.)'))).toBe(true)
    // The information several agencies ask for, detected from the touchpoints' asksFor.
    expect(all).toContain(flat('Gjentatte forespørsler: 16'))
    expect(all).toContain(flat('Opplysninger flere virksomheter ber om'))
    expect(pages.at(-1)).toContain(`Side ${pages.length} av ${pages.length}`)
    // A3 pages hold more of the journey.
    const a3 = await pdfText(await exportPdf(board, { now: NOW, pageSize: 'A3' }))
    expect(a3.slice(1).filter(asIs).length).toBeLessThan(journeyPages.length)
  })

  it('reports progress step by step and stops when cancelled', async () => {
    const board = readBoardData(alvorligSyktBarn())
    const seen: ExportProgress[] = []
    await exportPdf(board, { now: NOW, onProgress: (p) => seen.push(p) })
    expect(seen.length).toBeGreaterThan(10)
    expect(seen.at(-1)).toEqual({
      format: 'pdf',
      done: seen.at(-1)!.total,
      total: seen.at(-1)!.total,
    })
    for (let i = 1; i < seen.length; i++)
      expect(seen[i]!.done).toBeGreaterThanOrEqual(seen[i - 1]!.done)

    const controller = new AbortController()
    let steps = 0
    const cancelled = exportPdf(board, {
      signal: controller.signal,
      onProgress: () => {
        if (++steps === 3) controller.abort()
      },
    })
    await expect(cancelled).rejects.toBeInstanceOf(ExportCancelledError)
    expect(steps).toBe(3)
    const already = new AbortController()
    already.abort()
    await expect(exportPdf(board, { signal: already.signal })).rejects.toThrow('export cancelled')
  })

  it('never fails on characters the standard fonts lack', async () => {
    const { doc } = hostileBoard()
    const board = readBoardData(doc)
    board.meta.title = 'Sámi: Čáhcegáddi Đ ŋ ŧ · emoji 😀 · 漢字 · −2'
    const pages = await pdfText(await exportPdf(board, { now: NOW }))
    expect(pages[0]).toContain('Sámi: Cáhcegáddi D n t · emoji ? · ?? · -2')
  })

  it('never breaks a table header inside a word, nor a word like «Departement»', async () => {
    const board = readBoardData(alvorligSyktBarn())
    for (const locale of ['nb', 'en'] as const)
      for (const pageSize of ['A4', 'A3'] as const) {
        const pages = await pdfText(await exportPdf(board, { now: NOW, locale, pageSize }))
        const lines = new Set(pages.flatMap((p) => p.split('\n')).map((l) => l.trim()))
        const words = new Set([...lines].flatMap((l) => l.split(/\s+/)))
        for (const kind of ['actors', 'relations', 'touchpoints'] as const)
          for (const column of boardTable(board, kind, { locale }).columns)
            if (PRINTED[kind][column.key] !== undefined)
              for (const word of column.header.split(/\s+/))
                expect(words, `${locale} ${pageSize} ${column.header}`).toContain(word)
        if (locale === 'nb') {
          expect(words).toContain('Organisasjonsnummer')
          expect(words).toContain('Departement')
        }
      }
  })
})
