/** A data row of a parsed table: its 1-based row number in the file and its cells. */
export interface TableRow {
  /** Row number as the user sees it in the file (header is row 1). */
  number: number
  cells: string[]
}

/** A table read from a CSV file or one XLSX sheet: header cells and data rows, as text. */
export interface ParsedTable {
  /** Sheet name, or the file name for CSV. */
  name: string
  columns: string[]
  rows: TableRow[]
}

/** Most data rows one import reads: far beyond a workshop's list, small enough to check fast. */
export const MAX_IMPORT_ROWS = 10_000

/**
 * Builds a table from records (arrays of cell texts): the first record with any text is the
 * header, blank records are skipped, and every row is padded to the header's width. Returns
 * `null` when there is no header.
 */
export function tableFromRecords(
  name: string,
  records: readonly { number: number; cells: string[] }[],
): ParsedTable | null {
  const filled = records.filter((r) => r.cells.some((c) => c.trim() !== ''))
  const [header, ...rows] = filled
  if (!header) return null
  const width = Math.max(header.cells.length, ...rows.map((r) => r.cells.length))
  const pad = (cells: string[]) => Array.from({ length: width }, (_, i) => cells[i] ?? '')
  return {
    name,
    columns: pad(header.cells).map((c) => c.trim()),
    rows: rows.map((r) => ({ number: r.number, cells: pad(r.cells) })),
  }
}
