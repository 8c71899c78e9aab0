import Papa from 'papaparse'
import {
  DEFAULT_IMPORT_MAX_BYTES,
  type ImportResult,
  type ParseOptions,
  decodeText,
  refuse,
} from '../ImportResult'
import { MAX_IMPORT_ROWS, type ParsedTable, tableFromRecords } from './ParsedTable'

/**
 * Reads CSV text or bytes (UTF-8 with or without BOM, else Windows-1252; the delimiter, `,`,
 * `;` or tab, is detected). Cells are plain text: nothing is evaluated.
 */
export function parseCsv(
  input: string | Uint8Array,
  options: ParseOptions & { name?: string } = {},
): ImportResult<ParsedTable> {
  const text = decodeText(input, options.maxBytes ?? DEFAULT_IMPORT_MAX_BYTES)
  if (!text.ok) return text
  if (text.value.trim() === '') return refuse('empty', 'the file is empty')
  const parsed = Papa.parse<string[]>(text.value, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
  })
  // A one-column file has no delimiter to detect; that is not an error.
  const fatal = parsed.errors.find(
    (e) => e.code !== 'UndetectableDelimiter' && e.type !== 'FieldMismatch',
  )
  if (fatal)
    return refuse(
      'unreadable_table',
      `the CSV cannot be read at row ${(fatal.row ?? 0) + 1}: ${fatal.message}`,
      {
        params: { row: (fatal.row ?? 0) + 1 },
      },
    )
  if (parsed.data.length > MAX_IMPORT_ROWS + 1)
    return refuse('too_large', `the file has more than ${MAX_IMPORT_ROWS} rows`, {
      params: { rows: parsed.data.length - 1, max: MAX_IMPORT_ROWS },
    })
  const table = tableFromRecords(
    options.name ?? 'CSV',
    parsed.data.map((cells, i) => ({ number: i + 1, cells: cells.map(String) })),
  )
  if (!table || table.rows.length === 0) return refuse('no_rows', 'the file has no data rows')
  return { ok: true, value: table }
}
