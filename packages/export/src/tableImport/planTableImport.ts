import * as Y from 'yjs'
import {
  type Actor,
  type FieldValue,
  type ModelError,
  addTouchpoint,
  createActor,
  readActors,
  readEntity,
  readPhases,
} from '@samkart/model'
import { restoreNeutralised } from '../tables/neutraliseFormula'
import { enumLabels, isEnumField, parseEnum, parseNumber } from './cellValues'
import {
  type ColumnMapping,
  type ImportField,
  type ImportTarget,
  importFields,
  normaliseLabel,
} from './importFields'
import type { ParsedTable, TableRow } from './ParsedTable'

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

const PERCENT_FIELDS = new Set<ImportField>([
  'importance',
  'substitutability',
  'interest',
  'influence',
  'trust',
])

/** What the model calls a field, for the fields whose import name differs. */
const MODEL_FIELD: Partial<Record<string, ImportField>> = { phaseId: 'phase' }

/**
 * Checks a table against the board under a mapping. Pure: the board is not touched. Every row
 * is converted (labels to values, percentages to scores, agencies and phases to ids) and then
 * created on a scratch copy of the board through the model's own operations, so what passes
 * here is exactly what apply will write, including rules across rows (two rows with the same
 * organisation number). Formula-looking text is plain text here: nothing is evaluated, and the
 * `'` the exporters add in front of it is removed.
 */
export function planTableImport(
  doc: Y.Doc,
  table: ParsedTable,
  mapping: ColumnMapping,
  destination: ImportDestination,
): ImportPlan {
  const target: ImportTarget = destination.target
  const tableErrors = checkMapping(table, mapping, target)
  if (destination.target === 'touchpoints' && !readEntity(doc, 'journey', destination.journeyId))
    tableErrors.push({
      row: 0,
      code: 'unknown_journey',
      message: 'the chosen journey does not exist',
    })
  const mapped = new Set(Object.values(mapping))
  const unusedColumns = table.columns.filter((c, i) => !mapped.has(i) && c !== '')
  if (tableErrors.length > 0)
    return {
      destination,
      rows: [],
      tableErrors,
      unusedColumns,
      readyCount: 0,
      errorCount: table.rows.length,
    }

  const scratch = new Y.Doc()
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc))
    const convert =
      destination.target === 'actors' ? actorRow : touchpointRow(doc, destination.journeyId)
    const rows = table.rows.map((row) => {
      const planned = convert(row, table, mapping)
      if (planned.errors.length === 0) {
        const created = createRow(scratch, destination, planned.input)
        if (!created.ok)
          planned.errors.push(modelRowError(row.number, created.error, table, mapping))
      }
      return planned
    })
    const readyCount = rows.filter((r) => r.errors.length === 0).length
    return {
      destination,
      rows,
      tableErrors,
      unusedColumns,
      readyCount,
      errorCount: rows.length - readyCount,
    }
  } finally {
    scratch.destroy()
  }
}

/** Creates one converted row with the model's operations (shared by plan and apply). */
export function createRow(
  doc: Y.Doc,
  destination: ImportDestination,
  input: Readonly<Record<string, FieldValue>>,
) {
  return destination.target === 'actors'
    ? createActor(doc, input)
    : addTouchpoint(doc, input as Parameters<typeof addTouchpoint>[1])
}

function checkMapping(
  table: ParsedTable,
  mapping: ColumnMapping,
  target: ImportTarget,
): RowError[] {
  const errors: RowError[] = []
  const fields = importFields(target)
  const known = new Set(fields.map((f) => f.field))
  const seen = new Map<number, ImportField>()
  for (const [field, column] of Object.entries(mapping) as [ImportField, number | undefined][]) {
    if (column === undefined) continue
    if (
      !known.has(field) ||
      !Number.isInteger(column) ||
      column < 0 ||
      column >= table.columns.length
    )
      errors.push({
        row: 0,
        field,
        code: 'bad_mapping',
        message: `${field} is mapped to column ${column}, which is not in the table`,
      })
    else if (seen.has(column))
      errors.push({
        row: 0,
        field,
        column: table.columns[column],
        code: 'bad_mapping',
        message: `${field} and ${seen.get(column)} are both mapped to column ${table.columns[column]}`,
      })
    else seen.set(column, field)
  }
  for (const spec of fields)
    if (spec.required && mapping[spec.field] === undefined)
      errors.push({
        row: 0,
        field: spec.field,
        code: 'missing_column',
        message: `no column is mapped to the required field ${spec.field}`,
      })
  return errors
}

/** The trimmed text of a field in a row ('' when unmapped), with an export's `'` removed. */
function cell(row: TableRow, mapping: ColumnMapping, field: ImportField): string {
  const column = mapping[field]
  return column === undefined ? '' : restoreNeutralised((row.cells[column] ?? '').trim())
}

/** Converts the fields every target shares: text, enums and numbers. */
function convertFields(
  row: TableRow,
  table: ParsedTable,
  mapping: ColumnMapping,
  fields: readonly ImportField[],
  input: Record<string, FieldValue>,
  errors: RowError[],
): void {
  const fail = (
    field: ImportField,
    code: RowErrorCode,
    message: string,
    params?: RowError['params'],
  ) =>
    errors.push({
      row: row.number,
      field,
      column: table.columns[mapping[field]!],
      code,
      message,
      ...(params ? { params } : {}),
    })
  for (const field of fields) {
    const text = cell(row, mapping, field)
    if (mapping[field] === undefined) continue
    if (text === '') {
      if (field === 'name' || field === 'title' || field === 'phase')
        fail(field, 'required', `row ${row.number}: ${field} is empty`)
      continue
    }
    if (isEnumField(field)) {
      const value = parseEnum(field, text)
      if (value === undefined)
        fail(field, 'invalid_enum', `row ${row.number}: «${text}» is not a ${field}`, {
          value: text,
          allowed: enumLabels(field),
        })
      else input[field] = value
    } else if (PERCENT_FIELDS.has(field) || field === 'emotion') {
      const value = parseNumber(text)
      const [min, max] = field === 'emotion' ? [-2, 2] : [0, 100]
      if (value === undefined)
        fail(field, 'invalid_number', `row ${row.number}: «${text}» is not a number`, {
          value: text,
        })
      else if (value < min || value > max)
        fail(
          field,
          'out_of_range',
          `row ${row.number}: ${field} must be between ${min} and ${max}`,
          { value: text, min, max },
        )
      else if (field === 'emotion' && !Number.isInteger(value))
        fail(field, 'not_integer', `row ${row.number}: ${field} must be a whole number`, {
          value: text,
        })
      else input[field] = field === 'emotion' ? value : Math.round(value * 100) / 10_000
    } else if (field === 'orgNumber') {
      input[field] = text.replace(/\s/g, '')
    } else if (field !== 'phase' && field !== 'responsible' && field !== 'responsibleOrgNumbers') {
      input[field] = text
    }
  }
}

function actorRow(row: TableRow, table: ParsedTable, mapping: ColumnMapping): PlannedRow {
  const input: Record<string, FieldValue> = {}
  const errors: RowError[] = []
  convertFields(
    row,
    table,
    mapping,
    importFields('actors').map((f) => f.field),
    input,
    errors,
  )
  return { row: row.number, label: cell(row, mapping, 'name'), errors, input }
}

/** Touchpoint rows for one journey: phase by name, agencies by name, short name or orgnr. */
function touchpointRow(doc: Y.Doc, journeyId: string) {
  const phases = new Map<string, string>()
  for (const phase of readPhases(doc, journeyId)) {
    const key = normaliseLabel(phase.title)
    if (!phases.has(key)) phases.set(key, phase.id)
  }
  const byName = new Map<string, Actor[]>()
  const byOrgNumber = new Map<string, Actor>()
  for (const actor of readActors(doc)) {
    for (const name of new Set([actor.name, actor.shortName].filter(Boolean).map(normaliseLabel)))
      byName.set(name, [...(byName.get(name) ?? []), actor])
    if (actor.orgNumber) byOrgNumber.set(actor.orgNumber, actor)
  }
  const findAgency = (text: string): Actor[] => {
    const digits = text.replace(/\s/g, '')
    if (/^\d{9}$/.test(digits) && byOrgNumber.has(digits)) return [byOrgNumber.get(digits)!]
    return byName.get(normaliseLabel(text)) ?? []
  }

  return (row: TableRow, table: ParsedTable, mapping: ColumnMapping): PlannedRow => {
    const input: Record<string, FieldValue> = {}
    const errors: RowError[] = []
    const fields = importFields('touchpoints').map((f) => f.field)
    convertFields(row, table, mapping, fields, input, errors)
    const fail = (
      field: ImportField,
      code: RowErrorCode,
      message: string,
      params?: RowError['params'],
    ) =>
      errors.push({
        row: row.number,
        field,
        column: table.columns[mapping[field]!],
        code,
        message,
        ...(params ? { params } : {}),
      })

    const phaseText = cell(row, mapping, 'phase')
    if (phaseText !== '') {
      const phaseId = phases.get(normaliseLabel(phaseText))
      if (phaseId) input.phaseId = phaseId
      else
        fail(
          'phase',
          'unknown_phase',
          `row ${row.number}: the journey has no phase «${phaseText}»`,
          { name: phaseText },
        )
    }

    const owners = new Set<string>()
    for (const name of splitList(cell(row, mapping, 'responsible'), /[;\n]/)) {
      let found = findAgency(name)
      // «A, B» may be two agencies when no agency is called «A, B».
      if (found.length === 0 && name.includes(',')) {
        const parts = splitList(name, /,/).map(findAgency)
        if (parts.every((p) => p.length === 1)) found = parts.map((p) => p[0]!)
        else {
          fail('responsible', 'unknown_agency', `row ${row.number}: no actor is called «${name}»`, {
            name,
          })
          continue
        }
        for (const actor of found) owners.add(actor.id)
        continue
      }
      if (found.length === 0)
        fail('responsible', 'unknown_agency', `row ${row.number}: no actor is called «${name}»`, {
          name,
        })
      else if (found.length > 1)
        fail(
          'responsible',
          'ambiguous_agency',
          `row ${row.number}: ${found.length} actors are called «${name}»`,
          { name, count: found.length },
        )
      else owners.add(found[0]!.id)
    }
    for (const orgNumber of splitList(cell(row, mapping, 'responsibleOrgNumbers'), /[;,\n]/)) {
      const actor = byOrgNumber.get(orgNumber.replace(/\s/g, ''))
      if (actor) owners.add(actor.id)
      else
        fail(
          'responsibleOrgNumbers',
          'unknown_agency',
          `row ${row.number}: no actor has organisation number ${orgNumber}`,
          { name: orgNumber },
        )
    }
    input.responsible = [...owners].sort()
    return { row: row.number, label: cell(row, mapping, 'title'), errors, input }
  }
}

const splitList = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean)

/** A model refusal as a row error, on the column of the field it names. */
function modelRowError(
  row: number,
  error: ModelError,
  table: ParsedTable,
  mapping: ColumnMapping,
): RowError {
  const field = (error.field && (MODEL_FIELD[error.field] ?? error.field)) as
    ImportField | undefined
  const column =
    field !== undefined && mapping[field] !== undefined ? table.columns[mapping[field]!] : undefined
  return {
    row,
    ...(field ? { field } : {}),
    ...(column !== undefined ? { column } : {}),
    code: error.code,
    message: `row ${row}: ${error.message}`,
    ...(error.params ? { params: error.params } : {}),
  }
}
