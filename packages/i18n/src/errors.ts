import type { MessageKey } from './messages/nb'
import { type Translate, isMessageKey } from './translate'

/**
 * The shape of a refused operation that can be shown to a user: a model `ModelError`, or an API
 * error once the caller has said which entity and field it was about. Structural on purpose, so
 * the i18n core does not depend on the model package.
 */
export interface TranslatableError {
  code: string
  entity?: string
  field?: string
  params?: Readonly<Record<string, string | number>>
}

/** The code part of the `error.<code>` message keys. */
type ErrorKeyCode<K> = K extends `error.${infer C}` ? C : never

/**
 * Error codes with a message of their own. Kept as data so packages that know `ModelErrorCode`
 * can check at compile time that every code is covered (see `@samkart/canvas`).
 */
export const ERROR_CODES = [
  'required',
  'too_long',
  'out_of_range',
  'not_integer',
  'invalid_type',
  'invalid_enum',
  'invalid_org_number',
  'duplicate_org_number',
  'unknown_field',
  'not_found',
  'missing_reference',
  'self_reference',
  'too_many',
  'duplicate_name',
] as const satisfies readonly ErrorKeyCode<MessageKey>[]

/** A code in {@link ERROR_CODES}. */
export type TranslatedErrorCode = (typeof ERROR_CODES)[number]

/** The translated name of a field, for use inside an error sentence ("Navnet"). */
function fieldLabel(t: Translate, entity: string | undefined, field: string | undefined): string {
  const key = `field.${entity}.${field}`
  return isMessageKey(key) ? t(key) : field && !entity ? field : t('field.generic')
}

/**
 * Turns an error into a sentence in the current language. The most specific message wins: one
 * written for this entity, field and code ("Skriv inn navnet på aktøren."), then the general
 * message for the code with the field's name filled in, then a generic apology.
 */
export function translateError(t: Translate, error: TranslatableError): string {
  const specific = `error.${error.entity}.${error.field}.${error.code}`
  if (isMessageKey(specific)) return t(specific, error.params)
  const general = `error.${error.code}`
  if (!isMessageKey(general)) return t('error.generic')
  const field =
    error.code === 'unknown_field' ? (error.field ?? '') : fieldLabel(t, error.entity, error.field)
  return t(general, { ...error.params, field })
}
