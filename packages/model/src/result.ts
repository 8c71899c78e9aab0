/**
 * Typed results for model operations. Operations never throw on bad input: they return a
 * {@link ModelError} and leave the document untouched, so the UI can show the message next to
 * the field and other users are never affected.
 */

/** Machine-readable reason an operation was refused; the UI translates it. */
export type ModelErrorCode =
  | 'required'
  | 'too_long'
  | 'out_of_range'
  | 'not_integer'
  | 'invalid_type'
  | 'invalid_enum'
  | 'invalid_org_number'
  | 'duplicate_org_number'
  | 'unknown_field'
  | 'not_found'
  | 'missing_reference'
  | 'self_reference'
  | 'too_many'
  | 'duplicate_name'

/** A refused operation: which entity and field, why, and an English message for logs. */
export interface ModelError {
  code: ModelErrorCode
  entity: string
  field?: string
  message: string
  /** Values for the translated message, e.g. `{ max: 120 }`. */
  params?: Record<string, string | number>
}

/** The outcome of a model operation. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ModelError }

/** Wraps a successful value. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

/** Wraps a refusal. */
export function fail<T = never>(error: ModelError): Result<T> {
  return { ok: false, error }
}
