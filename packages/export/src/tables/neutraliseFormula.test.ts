import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { createActor } from '@samkart/model'
import { readBoardData } from '../board/BoardData'
import { parseCsv } from '../tableImport/parseCsv'
import { must, newBoard } from '../test/boards'
import { exportCsv } from './exportCsv'
import { exportXlsx, loadExcel } from './exportXlsx'
import { looksLikeFormula, neutraliseFormula, restoreNeutralised } from './neutraliseFormula'

/**
 * Every start of a cell that some spreadsheet program may run as a formula: OWASP's list, its
 * full-width and small forms, and what programs step over before they look (white space of any
 * kind, line breaks, invisible and bidirectional controls, a double quote).
 */
const DANGEROUS: [string, string][] = [
  ['equals', '=1+1'],
  ['plus', '+47 22 00 00 00'],
  ['minus', '-2+3'],
  ['at', '@SUM(A1:A9)'],
  ['tab', '\t=1+1'],
  ['carriage return', '\r=1+1'],
  ['a leading space', ' =HYPERLINK("http://evil.example")'],
  ['several spaces', '   +1'],
  ['NBSP', '\u00a0=1+1'],
  ['a newline', '\n=1+1'],
  ['CRLF', '\r\n=1+1'],
  ['an ideographic space', '\u3000=1+1'],
  ['a zero-width space', '\u200b=1+1'],
  ['a BOM', '\ufeff=1+1'],
  ['full-width equals', '\uff1d1+1'],
  ['full-width plus', '\uff0b1'],
  ['full-width minus', '\uff0d1'],
  ['full-width at', '\uff20SUM(A1)'],
  ['small equals', '\ufe661+1'],
  ['an RTL override then equals', '\u202e=1+1'],
  ['an RTL mark then equals', '\u200f=1+1'],
  ['a quote then equals', '"=1+1'],
  ['a quote, a space, then at', '" @SUM(A1)'],
  ['mixed white space and controls', ' \u00a0\n\u202e\u200b=cmd|"/c calc"!A1'],
]

/** Text that must stay as it is: nothing a spreadsheet would run. */
const HARMLESS = ['NAV', '', ' NAV', 'a=b', 'e-post', '"sitat"', "'quoted", '\u202eNAV', '1+1']

/** A board with one actor per case, whose notes are the case's text. */
function boardWith(texts: readonly string[]) {
  const doc = newBoard()
  texts.forEach((notes, i) => must(createActor(doc, { name: `Aktør ${i}`, notes })))
  return readBoardData(doc)
}

describe('formula neutralising', () => {
  it.each(DANGEROUS)('sees a formula behind %s', (_name, text) => {
    expect(looksLikeFormula(text)).toBe(true)
    expect(neutraliseFormula(text)).toBe(`'${text}`)
    expect(restoreNeutralised(neutraliseFormula(text))).toBe(text)
  })

  it('leaves other text alone', () => {
    for (const text of HARMLESS) {
      expect(neutraliseFormula(text), JSON.stringify(text)).toBe(text)
      expect(restoreNeutralised(text), JSON.stringify(text)).toBe(text)
    }
  })

  it('writes every case with a leading apostrophe in CSV, and reads it back as written', () => {
    const texts = [...DANGEROUS.map(([, text]) => text), ...HARMLESS]
    const csv = exportCsv(boardWith(texts), 'actors')
    const rows = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data
    texts.forEach((text, i) => {
      const row = rows.find((r) => r[0] === `Aktør ${i}`)!
      expect(row, JSON.stringify(text)).toContain(looksLikeFormula(text) ? `'${text}` : text)
    })
    // What the table import reads is what was exported (it removes the apostrophe again).
    const parsed = must(parseCsv(csv))
    expect(parsed.rows.flatMap((r) => r.cells)).toContain(`'${DANGEROUS[6]![1]}`)
  })

  it('writes every case with a leading apostrophe in XLSX, as a text cell', async () => {
    const texts = DANGEROUS.map(([, text]) => text)
    const bytes = await exportXlsx(boardWith(texts))
    const { Workbook, ValueType } = await loadExcel()
    const workbook = new Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Aktører')!
    texts.forEach((text, i) => {
      // XML reads a bare carriage return as a line feed; the apostrophe is what matters.
      const written = `'${text}`.replace(/\r\n?/g, '\n')
      let found = false
      sheet.eachRow((row) => {
        if (row.getCell(1).value !== `Aktør ${i}`) return
        row.eachCell((cell) => {
          if (cell.value === written) found = cell.type === ValueType.String
        })
      })
      expect(found, JSON.stringify(text)).toBe(true)
    })
  })
})
