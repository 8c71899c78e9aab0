import type { ModelError } from '@samkart/model'

/** Why an import was refused. The UI translates the code; `message` is English for logs. */
export type ImportErrorCode =
  /** The file is larger than the limit (`params.max` bytes). */
  | 'too_large'
  /** The file is empty. */
  | 'empty'
  /** Not JSON, or JSON that is cut off. */
  | 'invalid_json'
  /** JSON nested deeper than any board file is (`params.max` levels); refused unparsed. */
  | 'too_deep'
  /** More entities of one kind than a board may hold (`params.list`, `count`, `max`). */
  | 'too_many_entities'
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
  /** The import would add nothing: every row has errors, or the table has errors. */
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
  /**
   * Board files: the most entities of one kind (actors, relations, …). No limit by default;
   * the server passes its own (`SAMKART_MAX_ENTITIES`).
   */
  maxEntities?: number
}

/** Default largest file (or JSON body) an import accepts: 10 MiB. */
export const DEFAULT_IMPORT_MAX_BYTES = 10 * 1024 * 1024

/** A refusal. */
export function refuse<T = never>(
  code: ImportErrorCode,
  message: string,
  extra: Omit<ImportError, 'code' | 'message'> = {},
): ImportResult<T> {
  return { ok: false, error: { code, message, ...extra } }
}

/** The `too_large` refusal, the same for every importer. */
export function tooLarge<T = never>(size: number, max: number): ImportResult<T> {
  return refuse('too_large', `the file is ${size} bytes; the limit is ${max} bytes`, {
    params: { size, max },
  })
}

/**
 * Decodes file bytes as UTF-8 text (a BOM is dropped), after checking the size limit. Text
 * that is not valid UTF-8 is read as Windows-1252, which is what Excel on a Norwegian Windows
 * writes when asked for "CSV".
 */
export function decodeText(input: string | Uint8Array, maxBytes: number): ImportResult<string> {
  if (typeof input === 'string') {
    // Each UTF-16 unit is at most 3 UTF-8 bytes: count exactly only when it could matter.
    const size =
      input.length * 3 <= maxBytes ? input.length : new TextEncoder().encode(input).length
    if (size > maxBytes) return tooLarge(size, maxBytes)
    return { ok: true, value: input.replace(/^\ufeff/, '') }
  }
  if (input.length > maxBytes) return tooLarge(input.length, maxBytes)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(input)
  } catch {
    text = new TextDecoder('windows-1252').decode(input)
  }
  return { ok: true, value: text.replace(/^\ufeff/, '') }
}
