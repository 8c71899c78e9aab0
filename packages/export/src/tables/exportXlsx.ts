import type * as ExcelJS from 'exceljs'
import type { BoardData } from '../board/BoardData'
import { type ExportOptions, ExportSteps } from '../progress'
import { TABLE_KINDS, boardTable } from './boardTable'
import { neutraliseFormula } from './neutraliseFormula'

/** Column widths in characters: wide enough for the header, at most 60. */
function widths(header: string, cells: readonly (string | number)[]): number {
  const longest = cells.reduce<number>(
    (max, c) => Math.max(max, typeof c === 'number' ? 8 : Math.min(60, c.length)),
    header.length,
  )
  return Math.max(8, Math.min(60, longest + 2))
}

/**
 * The three tables as one XLSX workbook: a sheet each, the header row bold and frozen. Every
 * text is written as a string cell, never as a formula, and text that looks like a formula is
 * neutralised as well, so it stays text when someone edits the cell in Excel. exceljs is loaded
 * on first use, so the browser only downloads it when someone exports or imports a workbook.
 */
export async function exportXlsx(
  board: BoardData,
  options: ExportOptions = {},
): Promise<Uint8Array> {
  const steps = new ExportSteps('xlsx', TABLE_KINDS.length + 1, options)
  steps.check()
  const { Workbook } = await loadExcel()
  const workbook = new Workbook()
  workbook.creator = 'Samkart'
  workbook.title = board.meta.title
  if (options.now) {
    workbook.created = options.now
    workbook.modified = options.now
  }
  for (const kind of TABLE_KINDS) {
    const table = boardTable(board, kind, options)
    const sheet = workbook.addWorksheet(table.title, { views: [{ state: 'frozen', ySplit: 1 }] })
    sheet.columns = table.columns.map((c, i) => ({
      header: c.header,
      key: c.key,
      width: widths(
        c.header,
        table.rows.map((r) => r[i]!),
      ),
    }))
    sheet.getRow(1).font = { bold: true }
    for (const row of table.rows)
      sheet.addRow(row.map((cell) => (typeof cell === 'number' ? cell : neutraliseFormula(cell))))
    await steps.step()
  }
  const buffer = await workbook.xlsx.writeBuffer()
  await steps.step()
  return new Uint8Array(buffer as ArrayBuffer)
}

/** exceljs, imported lazily (it is large); its CommonJS export is the default in ESM. */
export async function loadExcel(): Promise<typeof ExcelJS> {
  const module = (await import('exceljs')) as typeof ExcelJS & { default?: typeof ExcelJS }
  return module.default ?? module
}
