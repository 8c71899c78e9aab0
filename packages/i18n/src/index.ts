/**
 * @samkart/i18n: Samkart's strings and how to look them up. Framework-free; React bindings live
 * in `@samkart/i18n/react`. Norwegian bokmål is the default and the source of truth.
 */
export { nb, type MessageKey, type Messages } from './messages/nb'
export { en } from './messages/en'
export { nn } from './messages/nn'
export {
  DEFAULT_LOCALE,
  LOCALES,
  type Locale,
  type MessageParams,
  type Translate,
  createTranslator,
  interpolate,
  intlLocale,
  isLocale,
  isMessageKey,
  messagesFor,
  placeholders,
  preferredLocale,
} from './translate'
export {
  ERROR_CODES,
  type TranslatableError,
  type TranslatedErrorCode,
  translateError,
} from './errors'
export {
  LOCALE_STORAGE_KEY,
  type LocaleStore,
  readStoredLocale,
  storeLocale,
} from './localeStorage'
export { type NamedLane, laneName } from './laneName'
