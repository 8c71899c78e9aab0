/** React bindings for @samkart/i18n. */
export { I18nProvider, type I18nProviderProps } from './I18nProvider'
export { useErrorText, useLocale, useT } from './hooks'
