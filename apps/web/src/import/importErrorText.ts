import type { ImportError, ImportErrorCode } from '@samkart/export'
import { type Translate, translateError } from '@samkart/i18n'

/** Every import error code; a Record, so a code added to the package is a compile error here. */
const IMPORT_ERROR_CODES: Record<ImportErrorCode, true> = {
  too_large: true,
  empty: true,
  invalid_json: true,
  too_deep: true,
  too_many_entities: true,
  not_board_file: true,
  future_version: true,
  unsupported_version: true,
  invalid_board: true,
  target_not_empty: true,
  unreadable_table: true,
  no_rows: true,
  stale_plan: true,
  nothing_to_import: true,
}

/** Whether a code from the server is one of the import's own. */
export function isImportErrorCode(code: string): code is ImportErrorCode {
  return Object.hasOwn(IMPORT_ERROR_CODES, code)
}

/** The lists of a board file, for «the file has 6,000 actors». */
const ENTITY_LISTS = ['actors', 'relations', 'journeys', 'phases', 'touchpoints'] as const

/** Bytes as «10 MB» in the user's words. */
function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round(bytes / (1024 * 1024))} MB`
    : `${Math.round(bytes / 1024)} kB`
}

/** A refused file (board file or table) as a sentence in the user's language. */
export function importErrorText(t: Translate, error: ImportError): string {
  const params = error.params ?? {}
  switch (error.code) {
    case 'too_large':
      return t('import.error.too_large', {
        max: typeof params.max === 'number' ? formatSize(params.max) : String(params.max ?? ''),
      })
    case 'future_version':
    case 'unsupported_version':
      return t(`import.error.${error.code}`, { version: params.version ?? '?' })
    case 'too_many_entities': {
      const list = ENTITY_LISTS.find((l) => l === params.list) ?? 'actors'
      return t('import.error.too_many_entities', {
        count: String(params.count ?? '?'),
        what: t(`import.entities.${list}`),
        max: String(params.max ?? '?'),
      })
    }
    case 'invalid_board': {
      const where = error.path ?? ''
      const why = error.cause ? translateError(t, error.cause) : ''
      return `${t('import.error.invalid_board', { path: where })}${why ? ` ${why}` : ''}`
    }
    case 'empty':
    case 'invalid_json':
    case 'too_deep':
    case 'not_board_file':
    case 'target_not_empty':
    case 'unreadable_table':
    case 'no_rows':
    case 'stale_plan':
    case 'nothing_to_import':
      return t(`import.error.${error.code}`)
  }
}
