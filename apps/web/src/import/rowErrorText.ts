import { type ImportTarget, type RowError, importFields } from '@samkart/export'
import { type Translate, translateError } from '@samkart/i18n'

/** The model's entity a table import creates, for the model's own error messages. */
const ENTITY: Record<ImportTarget, string> = { actors: 'actor', touchpoints: 'touchpoint' }

/**
 * One problem of a planned table import, as a sentence. The import's own codes have messages
 * here; a value the model refuses gets the model's message for that field (the same one the
 * board shows when the value is typed in), led by the column it came from.
 */
export function rowErrorText(t: Translate, target: ImportTarget, error: RowError): string {
  const spec = importFields(target).find((f) => f.field === error.field)
  const fieldName = spec ? t(spec.label) : (error.field ?? '')
  const column = error.column ?? fieldName
  const value = String(error.params?.value ?? '')
  // Agencies and phases are named in the file; the name is what the user must find and fix.
  const name = String(error.params?.name ?? '')
  switch (error.code) {
    case 'missing_column':
      return t('import.rowError.missing_column', { column: fieldName })
    case 'bad_mapping':
      return t('import.rowError.bad_mapping')
    case 'invalid_number':
      return t('import.rowError.invalid_number', { value, column })
    case 'unknown_agency':
    case 'ambiguous_agency':
    case 'unknown_phase':
      return t(`import.rowError.${error.code}`, { value: name })
    case 'unknown_journey':
      return t('import.rowError.unknown_journey')
    case 'required':
    case 'too_long':
    case 'out_of_range':
    case 'not_integer':
    case 'invalid_type':
    case 'invalid_enum':
    case 'invalid_org_number':
    case 'duplicate_org_number':
    case 'unknown_field':
    case 'not_found':
    case 'missing_reference':
    case 'self_reference':
    case 'too_many':
    case 'duplicate_name': {
      const message = translateError(t, {
        code: error.code,
        entity: ENTITY[target],
        field: error.field,
        params: error.params,
      })
      return column ? t('import.rowError.field', { column, message }) : message
    }
  }
}
