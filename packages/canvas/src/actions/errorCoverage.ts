import type { TranslatedErrorCode } from '@samkart/i18n'
import type { ModelErrorCode } from '@samkart/model'

/**
 * Compile-time check, here because this package sees both the model and i18n: every code the
 * model can return has its own translated message. A new model code without one fails
 * `tsc` with "Type 'true' is not assignable to type 'never'" on the line below.
 */
type Missing = Exclude<ModelErrorCode, TranslatedErrorCode>
export const everyModelErrorIsTranslated: [Missing] extends [never] ? true : never = true
