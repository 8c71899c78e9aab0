import type { FieldValue, ModelError } from '@samkart/model'
import type { ImportField } from './importFields'

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
  /** Row number as in `TableRow.number`; 0 for problems of the whole table. */
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
  /** The model fields the row creates (for touchpoints with `phaseId` and owner ids). */
  input: Readonly<Record<string, FieldValue>>
}

/**
 * A checked, not yet applied, table import. Planning reads the board and changes nothing; the
 * user reviews it (preview, mapping, errors) and confirms with `applyTableImport`.
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
