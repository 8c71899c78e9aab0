import { DEFAULT_LOCALE, type Locale, isLocale } from './translate'

/** Where the chosen language is remembered between visits. */
export const LOCALE_STORAGE_KEY = 'samkart.locale'

/** The part of `Storage` we use; lets tests pass a plain object. */
export type LocaleStore = Pick<Storage, 'getItem' | 'setItem'>

/**
 * The remembered locale, or the default. Storage can throw (privacy modes, disabled cookies),
 * and a stored value may be stale or hand-edited; either way we fall back instead of failing.
 */
export function readStoredLocale(store: LocaleStore | undefined): Locale {
  try {
    const value = store?.getItem(LOCALE_STORAGE_KEY)
    return isLocale(value) ? value : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

/** Remembers the locale; failure only means the choice is not kept, so it is ignored. */
export function storeLocale(store: LocaleStore | undefined, locale: Locale): void {
  try {
    store?.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // Not remembering the language is harmless; the UI still switches.
  }
}
