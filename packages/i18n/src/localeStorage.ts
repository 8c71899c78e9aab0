import { type Locale, isLocale, preferredLocale } from './translate'

/** Where the chosen language is remembered between visits. */
export const LOCALE_STORAGE_KEY = 'samkart.locale'

/** The part of `Storage` we use; lets tests pass a plain object. */
export type LocaleStore = Pick<Storage, 'getItem' | 'setItem'>

/**
 * The remembered locale, or else the one the browser asks for (`languages`, e.g.
 * `navigator.languages`: nynorsk for `nn`, bokmål for `nb` and `no`; never English), or bokmål. Storage can
 * throw (privacy modes, disabled cookies), and a stored value may be stale or hand-edited;
 * either way we fall back instead of failing.
 */
export function readStoredLocale(
  store: LocaleStore | undefined,
  languages?: readonly string[],
): Locale {
  try {
    const value = store?.getItem(LOCALE_STORAGE_KEY)
    if (isLocale(value)) return value
  } catch {
    // Unreadable storage: the browser's own languages decide.
  }
  return preferredLocale(languages)
}

/** Remembers the locale; failure only means the choice is not kept, so it is ignored. */
export function storeLocale(store: LocaleStore | undefined, locale: Locale): void {
  try {
    store?.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // Not remembering the language is harmless; the UI still switches.
  }
}
