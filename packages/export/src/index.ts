/**
 * @samkart/export: turns a board into files (SVG, PDF, JSON, CSV, XLSX, ZIP) and reads data
 * files back, with no DOM, no React and no network, so the browser and the headless command
 * produce the same output.
 *
 * This file is the package's whole public API. Typical use:
 *
 * ```ts
 * const board = readBoardData(doc)
 * const pdf = await exportPdf(board, { locale: 'nb', pageSize: 'A4', signal, onProgress })
 * const svg = exportSvg(board, { kind: 'matrix' }, { locale: 'nb' })
 * const zip = await exportPack(board, { locale: 'nb', png })
 *
 * const parsed = parseBoardFile(text) // then, on the server: boardDocFromFile(parsed.value)
 *
 * const tables = await parseTableFile(file.name, bytes)
 * const mapping = suggestMapping(tables.value[0], 'actors')
 * const plan = planTableImport(doc, tables.value[0], mapping, { target: 'actors' })
 * // show plan.rows and plan.tableErrors; on confirm:
 * applyTableImport(doc, plan, { origin })
 * ```
 */

// Board data
export { type BoardData, readBoardData, withoutDangling } from './board/BoardData'

// Options, progress, cancelling
export {
  type ExportFormat,
  type ExportOptions,
  type ExportProgress,
  ExportCancelledError,
} from './progress'

// Scenes (what SVG and PDF draw)
export type {
  Scene,
  SceneCircle,
  SceneColor,
  SceneItem,
  SceneLine,
  ScenePolygon,
  ScenePolyline,
  SceneRect,
  SceneText,
  SceneView,
} from './scene/Scene'
export { type SceneOptions, boardSheetScene, boardViews, buildScene } from './scene/buildScene'
export { sceneToSvg } from './svg/sceneToSvg'
export { exportSvg } from './svg/exportSvg'

// PDF report
export { type PageSize, type PdfOptions, exportPdf } from './pdf/exportPdf'
export type { ReportComparison } from './pdf/comparisonSection'
export { exportComparisonSvg } from './compare/exportComparisonSvg'

// Data files: JSON
export {
  BOARD_FILE_FORMAT,
  BOARD_FILE_MIGRATIONS,
  BOARD_FILE_VERSION,
  type BoardFile,
  type BoardFileContent,
  type BoardFileMigration,
} from './json/BoardFile'
export { boardToFile, exportJson } from './json/exportJson'
export {
  DEFAULT_IMPORT_MAX_BYTES,
  type ImportError,
  type ImportErrorCode,
  type ImportResult,
  type ParseOptions,
} from './ImportResult'
export { parseBoardFile, tooDeep } from './json/parseBoardFile'
export { DEFAULT_MAX_JSON_DEPTH, exceedsJsonDepth } from './json/jsonDepth'
export {
  IMPORT_ORIGIN,
  type ImportedBoard,
  boardDocFromFile,
  importBoardFile,
} from './json/importBoardFile'

// Data files: tables (CSV, XLSX)
export {
  TABLE_KINDS,
  type DataTable,
  type TableCell,
  type TableColumn,
  type TableKind,
  boardTable,
} from './tables/boardTable'
export { neutraliseFormula } from './tables/neutraliseFormula'
export { exportCsv } from './tables/exportCsv'
export { exportXlsx } from './tables/exportXlsx'
export { type ParsedTable, type TableRow, MAX_IMPORT_ROWS } from './tableImport/ParsedTable'
export { parseCsv } from './tableImport/parseCsv'
export { parseTableFile, parseXlsx } from './tableImport/parseXlsx'
export {
  type ActorImportField,
  type ColumnMapping,
  type ImportField,
  type ImportFieldSpec,
  type ImportTarget,
  type TouchpointImportField,
  importFields,
  suggestMapping,
} from './tableImport/importFields'
export type {
  ImportDestination,
  ImportPlan,
  PlannedRow,
  RowError,
  RowErrorCode,
} from './tableImport/ImportPlan'
export { planTableImport } from './tableImport/planTableImport'
export { applyTableImport } from './tableImport/applyTableImport'

// Export pack
export { type PackOptions, exportPack } from './pack/exportPack'
export { exportFileStem } from './pack/exportFileStem'
export { EXPORT_MIME_TYPES } from './pack/mimeTypes'
export {
  type VoteResult,
  type VoteResultItem,
  checkVoteResults,
  readVoteResults,
} from './votes/VoteResult'
