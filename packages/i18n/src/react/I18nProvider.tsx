import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react'
import {
  type Locale,
  type LocaleStore,
  createTranslator,
  readStoredLocale,
  storeLocale,
} from '../index'
import { I18nContext, type I18nContextValue } from './I18nContext'

/** The browser's localStorage, or nothing where it is unavailable (tests, locked-down browsers). */
function browserStorage(): LocaleStore | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}

/** Props of {@link I18nProvider}. */
export interface I18nProviderProps {
  children: ReactNode
  /** Overrides the remembered locale (tests, server rendering). */
  initialLocale?: Locale
}

/**
 * Provides the current locale and translate function to everything below it. The locale starts
 * as the one remembered in localStorage, else the browser's language (nynorsk, bokmål or
 * English; bokmål otherwise), is remembered again when changed, and
 * is mirrored to `<html lang>` so screen readers pronounce the page in the right language.
 */
export function I18nProvider({ children, initialLocale }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(
    () => initialLocale ?? readStoredLocale(browserStorage(), globalThis.navigator?.languages),
  )

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next)
    storeLocale(browserStorage(), next)
  }, [])

  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = locale
  }, [locale])

  const value = useMemo<I18nContextValue>(
    () => ({ locale, setLocale, t: createTranslator(locale) }),
    [locale, setLocale],
  )
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}
