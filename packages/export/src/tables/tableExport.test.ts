import { describe, expect, it } from 'vitest'
import { readBoardData } from '../board/BoardData'
import { loadExcel } from './exportXlsx'
import { HOSTILE, NOW, alvorligSyktBarn, hostileBoard } from '../test/boards'
import { parseCsv } from '../tableImport/parseCsv'
import { parseXlsx } from '../tableImport/parseXlsx'
import { TABLE_KINDS, boardTable } from './boardTable'
import { exportCsv } from './exportCsv'
import { exportXlsx } from './exportXlsx'
import { neutraliseFormula } from './neutraliseFormula'

describe('CSV and XLSX export', () => {
  it('writes RFC 4180 CSV with a BOM, CRLF, quoted fields and neutralised formulas', () => {
    const board = readBoardData(hostileBoard().doc)
    const csv = exportCsv(board, 'actors')
    expect(csv.startsWith('\ufeffNavn,Kortnavn,Organisasjonsnummer,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""klikk"")"`)
    expect(csv).toContain(`,'\tinnrykk\r\n`)
    // Every line break in the file is a record separator or inside quotes.
    expect(csv.replace(/"[^"]*"/g, '').split('\r\n')).toHaveLength(board.actors.length + 2)
    const relations = exportCsv(board, 'relations', { locale: 'en' })
    expect(relations).toContain(
      'From actor,To actor,Relation type,Description,Strength (%),Trust (%)',
    )
    expect(relations).toContain(`'${HOSTILE.at}`)
    expect(relations).toContain(`'${HOSTILE.plus}`)
  })

  it('CSV reads back as the same table', () => {
    const board = readBoardData(alvorligSyktBarn())
    for (const kind of TABLE_KINDS) {
      const table = boardTable(board, kind)
      const parsed = parseCsv(exportCsv(board, kind))
      if (!parsed.ok) throw new Error(parsed.error.message)
      expect(parsed.value.columns).toEqual(table.columns.map((c) => c.header))
      expect(parsed.value.rows.map((r) => r.cells)).toEqual(
        table.rows.map((row) =>
          row.map((cell) => (typeof cell === 'number' ? String(cell) : neutraliseFormula(cell))),
        ),
      )
    }
  })

  it('XLSX reads back the same rows, sheet by sheet, with numbers as numbers and no formulas', async () => {
    const board = readBoardData(hostileBoard().doc)
    const bytes = await exportXlsx(board, { now: NOW })
    const parsed = await parseXlsx(bytes)
    if (!parsed.ok) throw new Error(parsed.error.message)
    expect(parsed.value.map((t) => t.name)).toEqual([
      'Aktører',
      'Relasjoner',
      'Kontaktpunkter',
      'Notater',
      'Radelementer',
    ])
    for (const [i, kind] of TABLE_KINDS.entries()) {
      const table = boardTable(board, kind)
      expect(parsed.value[i]!.columns).toEqual(table.columns.map((c) => c.header))
      expect(parsed.value[i]!.rows.map((r) => r.cells)).toEqual(
        table.rows.map((row) =>
          row.map((cell) => (typeof cell === 'number' ? String(cell) : neutraliseFormula(cell))),
        ),
      )
    }
    // Read with exceljs itself: no cell is a formula, scores are numbers.
    const { Workbook, ValueType } = await loadExcel()
    const workbook = new Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    const types = new Set<number>()
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => types.add(c.type))))
    expect(types.has(ValueType.Formula)).toBe(false)
    expect(types.has(ValueType.Number)).toBe(true)
    const actors = workbook.getWorksheet('Aktører')!
    const formulaName = actors
      .getColumn(1)
      .values.find((v) => typeof v === 'string' && v.includes('HYPERLINK'))
    expect(formulaName).toBe(`'${HOSTILE.formula}`)
  })

  it('lists every note in a «Notater» table: text, colour, view, place, author, time', () => {
    const table = boardTable(readBoardData(hostileBoard().doc), 'notes', { locale: 'en' })
    expect(table.title).toBe('Notes')
    expect(table.columns.map((c) => c.header)).toEqual([
      'Text',
      'Colour',
      'View',
      'Place',
      'Author',
      'Created',
    ])
    expect(table.rows).toEqual([
      [HOSTILE.formula, 'Yellow', 'Matrix', '', HOSTILE.html, '2025-02-01T09:00:00.000Z'],
      [
        HOSTILE.script,
        'Green',
        'Journey',
        `Reise ${HOSTILE.html}: Fase "2", Needs`,
        '',
        '2025-02-01T09:01:00.000Z',
      ],
    ])
    // The formula-looking note is neutralised in CSV (a leading quote, inside the CSV quotes).
    expect(exportCsv(readBoardData(hostileBoard().doc), 'notes')).toContain(`"'=HYPERLINK(`)
  })

  it('reports progress and can be cancelled', async () => {
    const board = readBoardData(hostileBoard().doc)
    const seen: number[] = []
    await exportXlsx(board, { onProgress: (p) => seen.push(p.done) })
    expect(seen).toEqual([1, 2, 3, 4, 5, 6])
    const controller = new AbortController()
    const run = exportXlsx(board, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    })
    await expect(run).rejects.toThrow('export cancelled')
  })
})

describe('lane items table', () => {
  it('lists every lane item with its journey, lane, phase, kind and what it addresses', () => {
    const board = readBoardData(alvorligSyktBarn())
    const table = boardTable(board, 'laneItems', { locale: 'en' })
    expect(table.columns.map((c) => c.header)).toEqual([
      'Journey',
      'Lane',
      'Phase',
      'Kind',
      'Text',
      'Description',
      'Addresses',
    ])
    const [pain, opportunity] = table.rows
    expect(pain).toEqual([
      'Alvorlig sykt barn',
      'Muligheter',
      expect.any(String),
      'Pain point',
      'Venter alene',
      '',
      '',
    ])
    expect(opportunity![3]).toBe('Opportunity')
    expect(opportunity![6]).toContain('Venter alene')
    expect(String(opportunity![6]).split('; ')).toHaveLength(2)
  })
})
