import * as Y from 'yjs'
import {
  type FieldValue,
  type ModelError,
  addTouchpoint,
  createActor,
  readEntity,
} from '@samkart/model'
import { actorRow, touchpointRow } from './convertRows'
import {
  type ColumnMapping,
  type ImportField,
  type ImportTarget,
  importFields,
} from './importFields'
import type { ImportDestination, ImportPlan, RowError } from './ImportPlan'
import type { ParsedTable } from './ParsedTable'

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
