import type { CellValue } from 'exceljs'
import { Unzip, UnzipInflate, unzipSync } from 'fflate'
import {
  DEFAULT_IMPORT_MAX_BYTES,
  type ImportResult,
  type ParseOptions,
  refuse,
  tooLarge,
} from '../ImportResult'
import { loadExcel } from '../tables/exportXlsx'
import { parseCsv } from './parseCsv'
import { MAX_IMPORT_ROWS, type ParsedTable, tableFromRecords } from './ParsedTable'

/** How many times its own size a workbook may unpack to (XML compresses about 10:1). */
const UNPACK_RATIO = 20

/**
 * A cell as the text the user sees. A formula cell gives the value Excel last computed for it,
 * never the formula itself (nothing is evaluated here, and a formula is not data); one that
 * was never computed gives ''. Dates are written as ISO dates.
 */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('formula' in value || 'sharedFormula' in value)
    return 'result' in value && value.result !== undefined
      ? cellText(value.result as CellValue)
      : ''
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : cellText(value.text as CellValue)
  if ('error' in value) return ''
  return ''
}

/**
 * Reads every sheet of an XLSX workbook that has a header and data rows. A cell holding a
 * formula is read as the value Excel last computed for it (what the user saw), never as the
 * formula; one without a stored value is read as empty.
 */
export async function parseXlsx(
  input: Uint8Array,
  options: ParseOptions = {},
): Promise<ImportResult<ParsedTable[]>> {
  const max = options.maxBytes ?? DEFAULT_IMPORT_MAX_BYTES
  if (input.length > max) return tooLarge(input.length, max)
  if (input.length === 0) return refuse('empty', 'the file is empty')
  // An XLSX is a ZIP: read the sizes its directory declares before anything is inflated, so a
  // small file that unpacks to gigabytes (a «zip bomb») is refused up front.
  let unpacked = 0
  try {
    unzipSync(input, {
      filter: (file) => {
        unpacked += file.originalSize
        return false
      },
    })
  } catch (err) {
    return refuse(
      'unreadable_table',
      `the file is not a readable XLSX workbook: ${(err as Error).message}`,
    )
  }
  // The directory may lie: inflate for real, counting, and stop past the limit, before
  // exceljs (which believes the directory) unpacks anything.
  if (unpacked <= max * UNPACK_RATIO) {
    try {
      unpacked = inflatedSize(input, max * UNPACK_RATIO)
    } catch (err) {
      return refuse(
        'unreadable_table',
        `the file is not a readable XLSX workbook: ${(err as Error).message}`,
      )
    }
  }
  if (unpacked > max * UNPACK_RATIO)
    return refuse('too_large', `the workbook unpacks to more than ${max * UNPACK_RATIO} bytes`, {
      params: { size: unpacked, max: max * UNPACK_RATIO },
    })
  const { Workbook } = await loadExcel()
  const workbook = new Workbook()
  try {
    await workbook.xlsx.load(input as unknown as ArrayBuffer)
  } catch (err) {
    return refuse(
      'unreadable_table',
      `the file is not a readable XLSX workbook: ${(err as Error).message}`,
    )
  }
  const tables: ParsedTable[] = []
  for (const sheet of workbook.worksheets) {
    if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1)
      return refuse('too_large', `the sheet ${sheet.name} has more than ${MAX_IMPORT_ROWS} rows`, {
        params: { rows: sheet.actualRowCount - 1, max: MAX_IMPORT_ROWS },
      })
    const records: { number: number; cells: string[] }[] = []
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const values = row.values as CellValue[]
      // exceljs rows are 1-based: values[0] is always empty.
      records.push({ number, cells: values.slice(1).map((v) => cellText(v)) })
    })
    const table = tableFromRecords(sheet.name, records)
    if (table && table.rows.length > 0) tables.push(table)
  }
  if (tables.length === 0) return refuse('no_rows', 'the workbook has no sheet with data rows')
  return { ok: true, value: tables }
}

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most about 1,032:1, so
 * no step makes more than about 16 MiB, however the archive lies.
 */
const INFLATE_STEP = 16 * 1024

/**
 * How many bytes the ZIP's entries really inflate to, counted while inflating and stopped as
 * soon as the count passes `limit` (so the result is then just over it). The archive is fed to
 * the inflater in small steps: fflate inflates all it is given at once, so handing it the
 * whole file let a lying 6 MB file allocate its whole gigabyte before the count could stop it.
 * What each step makes is counted and dropped. Throws on a broken archive.
 */
function inflatedSize(input: Uint8Array, limit: number): number {
  let total = 0
  const unzip = new Unzip((file) => {
    file.ondata = (err, chunk) => {
      if (err) throw err
      total += chunk.length
      if (total > limit) file.terminate()
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  for (let at = 0; at < input.length && total <= limit; at += INFLATE_STEP) {
    const end = Math.min(at + INFLATE_STEP, input.length)
    unzip.push(input.subarray(at, end), end === input.length)
  }
  return total
}

/** Reads a `.csv` (or `.txt`/`.tsv`) or `.xlsx` file, by its name's extension or its bytes. */
export async function parseTableFile(
  fileName: string,
  input: Uint8Array,
  options: ParseOptions = {},
): Promise<ImportResult<ParsedTable[]>> {
  const lower = fileName.toLowerCase()
  const zip = input[0] === 0x50 && input[1] === 0x4b // «PK»: a ZIP container, as XLSX is
  if (lower.endsWith('.xlsx') || zip) return parseXlsx(input, options)
  if (/\.(csv|tsv|txt)$/.test(lower)) {
    const table = parseCsv(input, { ...options, name: fileName })
    return table.ok ? { ok: true, value: [table.value] } : table
  }
  return refuse('unreadable_table', `${fileName}: only .csv and .xlsx files can be imported`)
}
