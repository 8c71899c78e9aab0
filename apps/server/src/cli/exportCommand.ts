import { rename, writeFile } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import {
  type BoardData,
  type ExportFormat,
  type ExportOptions,
  type PageSize,
  type Scene,
  type TableKind,
  TABLE_KINDS,
  boardSheetScene,
  buildScene,
  exportCsv,
  exportJson,
  exportPack,
  exportPdf,
  exportXlsx,
  readBoardData,
  sceneToSvg,
} from '@samkart/export'
import { readCommandLine, serverConfigFor } from './commandLine'
import { loadStoredBoard } from './loadStoredBoard'
import { renderPng } from './renderPng'

/** The languages exports speak (the server does not depend on @samkart/i18n itself). */
type Locale = NonNullable<ExportOptions['locale']>
const LOCALES: readonly Locale[] = ['nb', 'nn', 'en']

const FORMATS: readonly ExportFormat[] = ['pdf', 'png', 'svg', 'json', 'xlsx', 'csv', 'zip']

/** Where the command writes its messages; the tests pass their own. */
export interface CommandIo {
  env: Record<string, string | undefined>
  /** The folder relative paths are resolved against (pnpm's INIT_CWD: where the user typed). */
  cwd: string
  stdout: (data: string | Uint8Array) => void
  stderr: (line: string) => void
}

/** Exit codes: 0 written, 1 could not export (no such board, unreadable storage), 2 usage. */
export type ExitCode = 0 | 1 | 2

export const EXPORT_USAGE = `Usage: pnpm samkart export <boardId> --format <format> --out <file> [options]

Exports a stored board from the server's storage (read-only; works while the server runs).

  --format   ${FORMATS.join(' | ')}
  --out      file to write, or - for standard output
  --data-dir folder holding samkart.sqlite (default: SAMKART_DATA_DIR, else ./data)
  --locale   nb | nn | en: language of titles, legends and columns (default nb)
  --page-size A4 | A3: PDF paper, landscape (default A4)
  --view     all | matrix | network | <journeyId>: what PNG and SVG show (default all,
             every view stacked)
  --table    ${TABLE_KINDS.join(' | ')}: which table CSV holds (default actors)
  --scale    PNG pixels per unit, 0.5-4 (default 2; lowered for very large boards)
  --help     show this text`

interface ExportArgs {
  boardId: string
  format: ExportFormat
  out: string
  dataDir: string
  locale: Locale
  pageSize: PageSize
  view: string
  table: TableKind
  scale: number
}

/** Reads the command line; a string is the usage error to print. */
function parse(argv: readonly string[], io: CommandIo): ExportArgs | string | 'help' {
  const line = readCommandLine(argv, [
    'format',
    'out',
    'locale',
    'page-size',
    'view',
    'table',
    'scale',
  ])
  if (typeof line === 'string') return line
  const { values, positionals } = line
  if (values.help) return 'help'
  if (positionals.length !== 1) return 'give exactly one board id'
  const format = values.format as ExportFormat
  if (!FORMATS.includes(format)) return `--format must be one of ${FORMATS.join(', ')}`
  if (typeof values.out !== 'string' || values.out === '') return '--out is required'
  const locale = (values.locale ?? 'nb') as Locale
  if (!LOCALES.includes(locale)) return '--locale must be nb, nn or en'
  const pageSize = (values['page-size'] ?? 'A4') as string
  if (pageSize !== 'A4' && pageSize !== 'A3') return '--page-size must be A4 or A3'
  const table = (values.table ?? 'actors') as TableKind
  if (!TABLE_KINDS.includes(table)) return `--table must be one of ${TABLE_KINDS.join(', ')}`
  const scale = Number(values.scale ?? 2)
  if (!(scale >= 0.5 && scale <= 4)) return '--scale must be a number from 0.5 to 4'
  const config = serverConfigFor(line, io)
  if (typeof config === 'string') return config
  return {
    boardId: positionals[0]!,
    format,
    out: values.out === '-' || isAbsolute(values.out) ? values.out : resolve(io.cwd, values.out),
    dataDir: config.dataDir,
    locale,
    pageSize,
    view: (values.view as string | undefined) ?? 'all',
    table,
    scale,
  }
}

/** The scene `--view` names: the whole sheet, one of the aktørkart views, or a journey by id. */
function sceneFor(board: BoardData, view: string, locale: Locale): Scene | string {
  if (view === 'all') return boardSheetScene(board, { locale })
  if (view === 'matrix' || view === 'network') return buildScene(board, { kind: view }, { locale })
  if (board.journeys.some((j) => j.id === view))
    return buildScene(board, { kind: 'journey', journeyId: view }, { locale })
  return `--view must be all, matrix, network or a journey id of this board (got ${JSON.stringify(view)})`
}

/**
 * `samkart export`: reads a board from the server's SQLite storage and writes it as one file.
 * The file is written beside its target and renamed into place, so a reader never sees half.
 */
export async function exportCommand(argv: readonly string[], io: CommandIo): Promise<ExitCode> {
  const args = parse(argv, io)
  if (args === 'help') {
    io.stdout(`${EXPORT_USAGE}\n`)
    return 0
  }
  if (typeof args === 'string') {
    io.stderr(`samkart export: ${args}\n\n${EXPORT_USAGE}`)
    return 2
  }
  const loaded = await loadStoredBoard(args.dataDir, args.boardId)
  if (!loaded.ok) {
    io.stderr(`samkart export: ${loaded.error}`)
    return 1
  }
  const board = readBoardData(loaded.doc)
  loaded.doc.destroy()
  const options = { locale: args.locale, pageSize: args.pageSize }
  let data: string | Uint8Array
  switch (args.format) {
    case 'pdf':
      data = await exportPdf(board, options)
      break
    case 'json':
      data = exportJson(board)
      break
    case 'xlsx':
      data = await exportXlsx(board, options)
      break
    case 'csv':
      data = exportCsv(board, args.table, options)
      break
    case 'svg':
    case 'png': {
      const scene = sceneFor(board, args.view, args.locale)
      if (typeof scene === 'string') {
        io.stderr(`samkart export: ${scene}`)
        return 2
      }
      data = args.format === 'svg' ? sceneToSvg(scene) : renderPng(scene, args.scale).png
      break
    }
    case 'zip': {
      const png = renderPng(boardSheetScene(board, options), args.scale).png
      data = await exportPack(board, { ...options, png })
      break
    }
  }
  if (args.out === '-') io.stdout(data)
  else {
    const temporary = `${args.out}.${process.pid}.tmp`
    await writeFile(temporary, data)
    await rename(temporary, args.out)
    const size = typeof data === 'string' ? Buffer.byteLength(data) : data.length
    io.stderr(`samkart export: wrote ${args.out} (${size} bytes)`)
  }
  return 0
}
