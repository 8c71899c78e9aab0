import type * as Y from 'yjs'
import { type Actor, type FieldValue, readActors, readPhases } from '@samkart/model'
import { restoreNeutralised } from '../tables/neutraliseFormula'
import { enumLabels, isEnumField, parseEnum, parseNumber } from './cellValues'
import { type ColumnMapping, type ImportField, importFields, normaliseLabel } from './importFields'
import type { PlannedRow, RowError, RowErrorCode } from './ImportPlan'
import type { ParsedTable, TableRow } from './ParsedTable'

/** Converts one table row into the model fields it would create, collecting its errors. */
export type RowConverter = (row: TableRow, table: ParsedTable, mapping: ColumnMapping) => PlannedRow

const PERCENT_FIELDS = new Set<ImportField>([
  'importance',
  'substitutability',
  'interest',
  'influence',
  'trust',
])

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
  const fail = rowErrorSink(row, table, mapping, errors)
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

/** Actor rows: text, enums by value or label, scores in percent. */
export function actorRow(row: TableRow, table: ParsedTable, mapping: ColumnMapping): PlannedRow {
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
export function touchpointRow(doc: Y.Doc, journeyId: string): RowConverter {
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
    const fail = rowErrorSink(row, table, mapping, errors)

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

/** Records errors of one row, naming the file column each field was read from. */
function rowErrorSink(
  row: TableRow,
  table: ParsedTable,
  mapping: ColumnMapping,
  errors: RowError[],
): (field: ImportField, code: RowErrorCode, message: string, params?: RowError['params']) => void {
  return (field, code, message, params) => {
    errors.push({
      row: row.number,
      field,
      column: table.columns[mapping[field]!],
      code,
      message,
      ...(params ? { params } : {}),
    })
  }
}
