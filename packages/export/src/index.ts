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
import type * as Y from 'yjs'
import type { Locale, MessageKey } from '@samkart/i18n'
import type {
  Actor,
  BoardSnapshot,
  DangerSignalState,
  Journey,
  ModelError,
  Phase,
  Relation,
  Touchpoint,
} from '@samkart/model'

const notYet = (): never => {
  throw new Error('not implemented yet')
}

// ─── Board data ────────────────────────────────────────────────────────────────────────────

/**
 * Everything an export reads from a board: the model's snapshot plus the danger-signal
 * checklist. Relations with a missing endpoint and touchpoints of a missing phase or journey
 * (left by a concurrent delete) are already left out, as every reader of the board does.
 */
export interface BoardData extends BoardSnapshot {
  dangerSignals: DangerSignalState[]
}

/** Reads a live board into {@link BoardData} (a plain copy: later edits do not change it). */
export function readBoardData(_doc: Y.Doc): BoardData {
  return notYet()
}

// ─── Options, progress, cancelling ─────────────────────────────────────────────────────────

/** The kinds of file the package writes. `png` bytes come from the caller (see exportPack). */
export type ExportFormat = 'pdf' | 'png' | 'svg' | 'json' | 'xlsx' | 'csv' | 'zip'

/** How far an export has come: `done` of `total` steps of `format` (pages for a PDF). */
export interface ExportProgress {
  format: ExportFormat
  done: number
  total: number
}

/** Options every export takes. */
export interface ExportOptions {
  /** Language of titles, legends, headings and column names. Default `nb`. */
  locale?: Locale
  /** The date printed on the files and `exportedAt`; default now. */
  now?: Date
  /**
   * Cancels a running export. Checked between steps (pages, sheets, files); the export then
   * rejects with {@link ExportCancelledError} and produces nothing.
   */
  signal?: AbortSignal
  /** Called after each step. Long exports also yield to the event loop between steps. */
  onProgress?: (progress: ExportProgress) => void
}

/** Thrown (as a rejection) by an export cancelled through its `signal`. */
export class ExportCancelledError extends Error {
  override readonly name = 'AbortError'
  constructor() {
    super('export cancelled')
  }
}

// ─── Scenes (what SVG and PDF draw) ────────────────────────────────────────────────────────

/** One view of a board that can be drawn. */
export type SceneView =
  { kind: 'matrix' } | { kind: 'network' } | { kind: 'journey'; journeyId: string }

/** A colour as `#rrggbb`. */
export type SceneColor = string

/** A rectangle; `key` names what it stands for (`actor:<id>`, `touchpoint:<id>`), if anything. */
export interface SceneRect {
  type: 'rect'
  x: number
  y: number
  width: number
  height: number
  fill?: SceneColor
  stroke?: SceneColor
  strokeWidth?: number
  /** Corner radius. */
  radius?: number
  /** Dash pattern (lengths), for dashed frames. */
  dash?: number[]
  key?: string
}

/** A straight line, optionally dashed, optionally with an arrowhead at its end. */
export interface SceneLine {
  type: 'line'
  x1: number
  y1: number
  x2: number
  y2: number
  stroke: SceneColor
  strokeWidth: number
  dash?: number[]
  linecap?: 'butt' | 'round'
  /** Draw a filled arrowhead of this length at (x2, y2). */
  arrow?: number
  key?: string
}

/** A filled or stroked circle. */
export interface SceneCircle {
  type: 'circle'
  cx: number
  cy: number
  r: number
  fill?: SceneColor
  stroke?: SceneColor
  strokeWidth?: number
}

/** A closed polygon (category half-circles are drawn as polygons, arrowheads too). */
export interface ScenePolygon {
  type: 'polygon'
  points: readonly (readonly [number, number])[]
  fill?: SceneColor
  stroke?: SceneColor
  strokeWidth?: number
}

/** A polyline (the emotion curve). */
export interface ScenePolyline {
  type: 'polyline'
  points: readonly (readonly [number, number])[]
  stroke: SceneColor
  strokeWidth: number
}

/**
 * One line of text, already wrapped and shortened by the scene layer (with Helvetica metrics),
 * so SVG and PDF show the same lines. `y` is the baseline. The text is the user's text as is:
 * each renderer makes it inert (escaped in SVG, a string operand in PDF).
 */
export interface SceneText {
  type: 'text'
  x: number
  y: number
  text: string
  size: number
  bold?: boolean
  fill: SceneColor
  anchor?: 'start' | 'middle' | 'end'
  key?: string
}

/** Anything a scene holds. */
export type SceneItem =
  SceneRect | SceneLine | SceneCircle | ScenePolygon | ScenePolyline | SceneText

/**
 * A drawable view: a page-independent picture in its own units (1 unit = 1 CSS px = 0.75 pt),
 * with its title, date line and legend already laid out among the items.
 */
export interface Scene {
  view: SceneView
  title: string
  width: number
  height: number
  background: SceneColor
  items: SceneItem[]
}

/** The views a board has, in report order: matrix, network, then each journey by title. */
export function boardViews(_board: BoardData): SceneView[] {
  return notYet()
}

/** Lays out one view of a board. A journey view of a journey that does not exist throws. */
export function buildScene(
  _board: BoardData,
  _view: SceneView,
  _options?: Pick<ExportOptions, 'locale' | 'now'>,
): Scene {
  return notYet()
}

/** Every view of the board stacked into one tall scene (the headless PNG and `--format svg`). */
export function boardSheetScene(
  _board: BoardData,
  _options?: Pick<ExportOptions, 'locale' | 'now'>,
): Scene {
  return notYet()
}

/**
 * Serialises a scene as a standalone SVG document: real `<text>` elements, no
 * `<foreignObject>`, no scripts, every user string escaped, so it opens in browsers and
 * Inkscape and hostile text stays text.
 */
export function sceneToSvg(_scene: Scene): string {
  return notYet()
}

/** One view of the board as an SVG document (`buildScene` + `sceneToSvg`). */
export function exportSvg(
  _board: BoardData,
  _view: SceneView,
  _options?: Pick<ExportOptions, 'locale' | 'now'>,
): string {
  return notYet()
}

// ─── PDF report ────────────────────────────────────────────────────────────────────────────

/** Paper sizes of the report, always landscape. */
export type PageSize = 'A4' | 'A3'

/** Options of {@link exportPdf}. */
export interface PdfOptions extends ExportOptions {
  /** Default `A4`. */
  pageSize?: PageSize
}

/**
 * The PDF report, all vector: a cover (title, date); the aktørkart matrix; the network; each
 * journey; the coordination analysis of each journey; tables of actors, relations and
 * touchpoints (with responsible agencies and legal basis). Every section starts on a new page;
 * every page but the cover is numbered «Side n av N». Text uses the standard Helvetica fonts
 * (WinAnsi): Norwegian letters print; other characters print as their closest Latin-1 form or
 * `?`, never failing the export. Reports one progress step per page.
 */
export function exportPdf(_board: BoardData, _options?: PdfOptions): Promise<Uint8Array> {
  return notYet()
}

// ─── Data files: JSON ──────────────────────────────────────────────────────────────────────

/** The `format` value of a Samkart board file. */
export const BOARD_FILE_FORMAT = 'samkart-board'
/** The board-file version this code writes; older versions are migrated on import. */
export const BOARD_FILE_VERSION = 1
/** Default largest file (or JSON body) an import accepts: 10 MiB. */
export const DEFAULT_IMPORT_MAX_BYTES = 10 * 1024 * 1024

/** The board inside a board file: metadata and every entity, with the ids of this board. */
export interface BoardFileContent {
  title: string
  createdAt: string
  template: string
  actors: Actor[]
  relations: Relation[]
  journeys: Journey[]
  phases: Phase[]
  touchpoints: Touchpoint[]
  dangerSignals: DangerSignalState[]
}

/** A versioned board file (docs/doc-schema.md, «Board export file»). */
export interface BoardFile {
  format: typeof BOARD_FILE_FORMAT
  version: typeof BOARD_FILE_VERSION
  /** ISO 8601. */
  exportedAt: string
  board: BoardFileContent
}

/** Builds the board file object (entities sorted for a stable diff). */
export function boardToFile(_board: BoardData, _options?: Pick<ExportOptions, 'now'>): BoardFile {
  return notYet()
}

/** The board file as pretty-printed JSON text (UTF-8 when written, no BOM). */
export function exportJson(_board: BoardData, _options?: Pick<ExportOptions, 'now'>): string {
  return notYet()
}

/** Why an import was refused. The UI translates the code; `message` is English for logs. */
export type ImportErrorCode =
  /** The file is larger than the limit (`params.max` bytes). */
  | 'too_large'
  /** The file is empty. */
  | 'empty'
  /** Not JSON, or JSON that is cut off. */
  | 'invalid_json'
  /** JSON, but not a Samkart board file (`format` is missing or different). */
  | 'not_board_file'
  /** A board file from a newer Samkart (`params.version`); this one cannot read it. */
  | 'future_version'
  /** A version that never existed, or one no migration reads (`params.version`). */
  | 'unsupported_version'
  /** The board breaks the model's rules; `path` and `cause` say where and why. */
  | 'invalid_board'
  /** A board import targets a document that already holds a board. */
  | 'target_not_empty'
  /** A CSV or XLSX file that cannot be read as a table. */
  | 'unreadable_table'
  /** A table with a header but no data rows, or no header. */
  | 'no_rows'
  /** The board changed since the import was planned, so the plan no longer applies. */
  | 'stale_plan'
  /** The import would add nothing: every row has errors. */
  | 'nothing_to_import'

/** A refused import: a code for the UI, an English message for logs, and where it happened. */
export interface ImportError {
  code: ImportErrorCode
  message: string
  /** JSON path of the offending value in a board file, e.g. `board.actors[3].importance`. */
  path?: string
  /** The model's own error, when the model refused a value. */
  cause?: ModelError
  params?: Record<string, string | number>
}

/** The outcome of a parse or import step: never throws on bad input. */
export type ImportResult<T> = { ok: true; value: T } | { ok: false; error: ImportError }

/** Options of the parsers. */
export interface ParseOptions {
  /** Largest input accepted, in bytes. Default {@link DEFAULT_IMPORT_MAX_BYTES}. */
  maxBytes?: number
}

/**
 * Reads a board file: text, UTF-8 bytes, or an already parsed JSON value (the server's request
 * body). Checks size, JSON, `format` and `version`, migrates older versions, and checks the
 * shape of every entity. References and model rules are checked by {@link importBoardFile}.
 */
export function parseBoardFile(_input: unknown, _options?: ParseOptions): ImportResult<BoardFile> {
  return notYet()
}

/** What {@link importBoardFile} created. */
export interface ImportedBoard {
  title: string
  counts: Record<'actors' | 'relations' | 'journeys' | 'phases' | 'touchpoints', number>
}

/**
 * Writes a parsed board file into `doc`, which must be new (no board metadata, no entities):
 * initialises the board (title from `options.title`, else the file's) and creates every entity
 * with a fresh id through the model's validated operations, then validates the whole board.
 * All or nothing: it is built on a scratch document and applied to `doc` in one update only if
 * everything passed. Order keys, owners of deleted actors and danger signals are kept.
 */
export function importBoardFile(
  _doc: Y.Doc,
  _file: BoardFile,
  _options?: { title?: string; origin?: unknown; now?: Date },
): ImportResult<ImportedBoard> {
  return notYet()
}

/** `parseBoardFile` then `importBoardFile` into a new document, which it returns. */
export function boardDocFromFile(
  _input: unknown,
  _options?: ParseOptions & { title?: string; now?: Date },
): ImportResult<{ doc: Y.Doc; board: ImportedBoard }> {
  return notYet()
}

// ─── Data files: tables (CSV, XLSX) ────────────────────────────────────────────────────────

/** The tables a board exports. */
export type TableKind = 'actors' | 'relations' | 'touchpoints'
/** Every {@link TableKind}, in export order. */
export const TABLE_KINDS: readonly TableKind[] = ['actors', 'relations', 'touchpoints']

/** A cell as exported: text, or a number (scores in percent, emotion −2..2). */
export type TableCell = string | number

/** A column of an exported table: a stable key and the localised header. */
export interface TableColumn {
  key: string
  header: string
}

/** One exported table, before neutralising (the writers neutralise). */
export interface DataTable {
  kind: TableKind
  /** Localised sheet name, e.g. «Aktører». */
  title: string
  columns: TableColumn[]
  rows: TableCell[][]
}

/**
 * The actors, relations or touchpoints of a board as a table, with names instead of ids,
 * localised headers and enum labels, scores in percent, responsible agencies by name and
 * organisation number, and legal basis.
 */
export function boardTable(
  _board: BoardData,
  _kind: TableKind,
  _options?: Pick<ExportOptions, 'locale'>,
): DataTable {
  return notYet()
}

/**
 * Makes a text cell safe to open in a spreadsheet: a value starting with `=`, `+`, `-`, `@`,
 * tab or carriage return gets a leading `'`, so it is shown as text and never run as a formula.
 * The table importers remove exactly this prefix again.
 */
export function neutraliseFormula(_text: string): string {
  return notYet()
}

/** One table as CSV (RFC 4180: CRLF, quotes doubled), UTF-8 with BOM so Excel reads `æøå`. */
export function exportCsv(
  _board: BoardData,
  _kind: TableKind,
  _options?: Pick<ExportOptions, 'locale'>,
): string {
  return notYet()
}

/** The three tables as one XLSX workbook (a sheet each, header row bold and frozen). */
export function exportXlsx(_board: BoardData, _options?: ExportOptions): Promise<Uint8Array> {
  return notYet()
}

/** A data row of a parsed table: its 1-based line/row number in the file and its cells. */
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

/**
 * Reads CSV text or bytes (UTF-8, BOM optional; delimiter `,` or `;` detected). Cells are
 * plain text: nothing is evaluated.
 */
export function parseCsv(
  _input: string | Uint8Array,
  _options?: ParseOptions & { name?: string },
): ImportResult<ParsedTable> {
  return notYet()
}

/**
 * Reads every sheet of an XLSX workbook. A cell holding a formula is read as the value Excel
 * last computed for it (what the user saw), never as the formula; one without a stored value
 * is read as empty.
 */
export function parseXlsx(
  _input: Uint8Array,
  _options?: ParseOptions,
): Promise<ImportResult<ParsedTable[]>> {
  return notYet()
}

/** Reads a `.csv` or `.xlsx` file by its name's extension. */
export function parseTableFile(
  _fileName: string,
  _input: Uint8Array,
  _options?: ParseOptions,
): Promise<ImportResult<ParsedTable[]>> {
  return notYet()
}

/** What a table import creates. */
export type ImportTarget = 'actors' | 'touchpoints'

/** The fields an actor import can fill. */
export type ActorImportField =
  | 'name'
  | 'shortName'
  | 'orgNumber'
  | 'level'
  | 'kind'
  | 'strategy'
  | 'importance'
  | 'substitutability'
  | 'interest'
  | 'influence'
  | 'trust'
  | 'involvement'
  | 'notes'

/** The fields a touchpoint import can fill. `responsible` matches actors by name or orgnr. */
export type TouchpointImportField =
  | 'phase'
  | 'title'
  | 'description'
  | 'action'
  | 'channel'
  | 'emotion'
  | 'need'
  | 'painPoint'
  | 'painType'
  | 'legalBasis'
  | 'backstage'
  | 'responsible'
  | 'responsibleOrgNumbers'

/** Any importable field. */
export type ImportField = ActorImportField | TouchpointImportField

/** One importable field: whether it is required and its localised column name. */
export interface ImportFieldSpec {
  field: ImportField
  required: boolean
  /** Message key of the column name (the header the exporter writes). */
  label: MessageKey
}

/** The fields a target accepts, required ones first. */
export function importFields(_target: ImportTarget): readonly ImportFieldSpec[] {
  return notYet()
}

/** Which column (0-based index into `ParsedTable.columns`) feeds which field. */
export type ColumnMapping = Partial<Record<ImportField, number>>

/**
 * Guesses the mapping from the header names: the column names Samkart exports in bokmål and
 * English, field keys, and common synonyms, compared without case, spaces or punctuation.
 */
export function suggestMapping(_table: ParsedTable, _target: ImportTarget): ColumnMapping {
  return notYet()
}

/** Where a table import goes: new actors, or new touchpoints of one journey. */
export type ImportDestination = { target: 'actors' } | { target: 'touchpoints'; journeyId: string }

/** Why a row (or the whole table, row 0) cannot be imported. */
export type RowErrorCode =
  | ModelError['code']
  /** A required field has no column in the mapping (a table error, `row` 0). */
  | 'missing_column'
  /** Two fields mapped to one column, or a column index outside the table (row 0). */
  | 'bad_mapping'
  /** Not a number (scores accept `0`–`100`, `,` or `.` as decimal mark, an optional `%`). */
  | 'invalid_number'
  /** No actor on the board has this name, short name or organisation number. */
  | 'unknown_agency'
  /** Several actors share this name; use the organisation number. */
  | 'ambiguous_agency'
  /** The chosen journey has no phase of this name. */
  | 'unknown_phase'
  /** The chosen journey does not exist (any more). */
  | 'unknown_journey'

/** One problem of a planned import. */
export interface RowError {
  /** Row number as in {@link TableRow.number}; 0 for problems of the whole table. */
  row: number
  field?: ImportField
  /** Header of the column the value came from. */
  column?: string
  code: RowErrorCode
  /** English, for logs; the UI translates `code` with `params`. */
  message: string
  params?: Record<string, string | number>
}

/** A row of a planned import: what it would create, or why it cannot. */
export interface PlannedRow {
  row: number
  /** A short label for the preview: the actor's name or the touchpoint's title. */
  label: string
  errors: RowError[]
}

/**
 * A checked, not yet applied, table import. Planning reads the board and changes nothing; the
 * user reviews it (preview, mapping, errors) and confirms with {@link applyTableImport}.
 */
export interface ImportPlan {
  destination: ImportDestination
  rows: PlannedRow[]
  /** Problems of the whole table (missing required columns, a bad mapping). */
  tableErrors: RowError[]
  /** Columns the mapping does not use: reported, ignored. */
  unusedColumns: string[]
  /** Rows without errors: what apply will create. */
  readyCount: number
  errorCount: number
}

/** Checks a table against the board under a mapping. Pure: the board is not touched. */
export function planTableImport(
  _doc: Y.Doc,
  _table: ParsedTable,
  _mapping: ColumnMapping,
  _destination: ImportDestination,
): ImportPlan {
  return notYet()
}

/**
 * Creates the rows of a plan that have no errors, in one transaction (one undo step for the
 * given origin). Everything is checked again against the board as it is now; if anything no
 * longer holds (an agency or phase was deleted meanwhile) nothing is written and the result is
 * `stale_plan`. A plan with table errors or no ready rows changes nothing.
 *
 * @returns the ids of the created entities, in row order
 */
export function applyTableImport(
  _doc: Y.Doc,
  _plan: ImportPlan,
  _options?: { origin?: unknown },
): ImportResult<{ created: string[] }> {
  return notYet()
}

// ─── Export pack ───────────────────────────────────────────────────────────────────────────

/** Options of {@link exportPack}. */
export interface PackOptions extends PdfOptions {
  /** The PNG to include (browser: html-to-image; headless: resvg). Left out when absent. */
  png?: Uint8Array
}

/**
 * One ZIP holding the PDF report, the PNG (when given), an SVG per view (matrix, network, each
 * journey), the JSON board file and the XLSX tables, named after the board
 * (`<slug>.pdf`, `<slug>-aktorkart.svg`, …). Progress counts files.
 */
export function exportPack(_board: BoardData, _options?: PackOptions): Promise<Uint8Array> {
  return notYet()
}

/**
 * A file-name stem for a board: its title in lower case ASCII (`æ`→`ae`, `ø`→`o`, `å`→`a`),
 * words joined by `-`, at most 60 characters, `samkart` when nothing is left, plus the date
 * (`alvorlig-sykt-barn-2025-03-01`).
 */
export function exportFileStem(_board: BoardData, _options?: Pick<ExportOptions, 'now'>): string {
  return notYet()
}

/** The MIME type of each format, for downloads and the server. */
export const EXPORT_MIME_TYPES: Readonly<Record<ExportFormat, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  svg: 'image/svg+xml',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  zip: 'application/zip',
}
