import type { Locale } from '@samkart/i18n'
import type { BoardData } from '../board/BoardData'
import { type TableCell, type TableKind, boardTable } from './boardTable'
import { neutraliseFormula } from './neutraliseFormula'

/** A field as RFC 4180 wants it: quoted when it holds a comma, quote or line break. */
function field(cell: TableCell): string {
  const text = typeof cell === 'number' ? String(cell) : neutraliseFormula(cell)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * One table as CSV (RFC 4180: comma-separated, CRLF line ends, quotes doubled), UTF-8 with a
 * BOM so Excel reads `æøå`. Text cells that look like formulas are neutralised; numbers are
 * written with a `.` decimal mark.
 */
export function exportCsv(
  board: BoardData,
  kind: TableKind,
  options: { locale?: Locale } = {},
): string {
  const table = boardTable(board, kind, options)
  const lines = [table.columns.map((c) => field(c.header)), ...table.rows.map((r) => r.map(field))]
  return `\ufeff${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`
}
