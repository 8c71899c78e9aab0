import { useCallback, useContext } from 'react'
import { type Locale, type TranslatableError, type Translate, translateError } from '../index'
import { I18nContext, type I18nContextValue } from './I18nContext'

function useI18n(): I18nContextValue {
  const value = useContext(I18nContext)
  if (!value) throw new Error('useT/useLocale must be used inside <I18nProvider>')
  return value
}

/** The translate function for the current locale. */
export function useT(): Translate {
  return useI18n().t
}

/** The current locale and a setter that also remembers the choice. */
export function useLocale(): { locale: Locale; setLocale: (locale: Locale) => void } {
  const { locale, setLocale } = useI18n()
  return { locale, setLocale }
}

/** A function that turns a model or API error into a sentence in the current locale. */
export function useErrorText(): (error: TranslatableError) => string {
  const t = useT()
  return useCallback((error: TranslatableError) => translateError(t, error), [t])
}
