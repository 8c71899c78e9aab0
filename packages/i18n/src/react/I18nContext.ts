import { createContext } from 'react'
import type { Locale, Translate } from '../index'

/** What {@link I18nProvider} shares. */
export interface I18nContextValue {
  locale: Locale
  setLocale: (locale: Locale) => void
  /** Changes identity when the locale changes, so memoised components re-render. */
  t: Translate
}

/** `null` outside a provider, so the hooks can fail loudly instead of showing raw keys. */
export const I18nContext = createContext<I18nContextValue | null>(null)
