import type { ImportErrorCode, RowErrorCode } from '@samkart/export'
import { createTranslator } from '@samkart/i18n'
import { describe, expect, it } from 'vitest'
import { importErrorText, isImportErrorCode } from './importErrorText'
import { rowErrorText } from './rowErrorText'

const IMPORT_CODES: ImportErrorCode[] = [
  'too_large',
  'empty',
  'invalid_json',
  'too_deep',
  'too_many_entities',
  'not_board_file',
  'future_version',
  'unsupported_version',
  'invalid_board',
  'target_not_empty',
  'unreadable_table',
  'no_rows',
  'stale_plan',
  'nothing_to_import',
]
const ROW_CODES: RowErrorCode[] = [
  'missing_column',
  'bad_mapping',
  'invalid_number',
  'unknown_agency',
  'ambiguous_agency',
  'unknown_phase',
  'unknown_journey',
  'required',
  'too_long',
  'out_of_range',
  'invalid_enum',
  'invalid_org_number',
]

describe.each(['nb', 'en'] as const)('import errors in %s', (locale) => {
  const t = createTranslator(locale)
  const generic = [t('error.generic'), t('import.error.unknown')]

  it('gives every refused file its own sentence, with the numbers filled in', () => {
    for (const code of IMPORT_CODES) {
      const text = importErrorText(t, {
        code,
        message: 'for the log',
        params: { max: 10 * 1024 * 1024, version: 99 },
        path: 'board.actors[3].importance',
      })
      expect(text, code).not.toMatch(/[{}]/)
      expect(generic, code).not.toContain(text)
      expect(isImportErrorCode(code)).toBe(true)
    }
    expect(
      importErrorText(t, { code: 'too_large', message: '', params: { max: 10485760 } }),
    ).toContain('10 MB')
    expect(
      importErrorText(t, { code: 'future_version', message: '', params: { version: 3 } }),
    ).toContain('3')
    expect(isImportErrorCode('admin_only')).toBe(false)
    const crowded = importErrorText(t, {
      code: 'too_many_entities',
      message: '',
      params: { list: 'relations', count: 6000, max: 5000 },
    })
    expect(crowded).toContain('6000')
    expect(crowded).toContain('5000')
    expect(crowded).toContain(t('import.entities.relations'))
  })

  it('says which value and column a bad row has, and uses the model’s words for its rules', () => {
    for (const code of ROW_CODES) {
      const text = rowErrorText(t, 'actors', {
        row: 4,
        field: code === 'missing_column' ? 'name' : 'orgNumber',
        column: 'Orgnr',
        code,
        message: 'for the log',
        params: { value: 'abc', name: 'Finnes ikke AS', min: 0, max: 100, allowed: 'a, b' },
      })
      expect(text, code).not.toMatch(/[{}]/)
      expect(generic, code).not.toContain(text)
    }
    const unknown = rowErrorText(t, 'touchpoints', {
      row: 2,
      field: 'responsible',
      code: 'unknown_agency',
      message: '',
      params: { name: 'Finnes ikke AS' },
    })
    expect(unknown).toContain('Finnes ikke AS')
    const number = rowErrorText(t, 'actors', {
      row: 7,
      field: 'importance',
      column: 'Viktighet (%)',
      code: 'invalid_number',
      message: '',
      params: { value: 'abc' },
    })
    expect(number).toContain('abc')
    expect(number).toContain('Viktighet (%)')
  })
})
