import { en } from './messages/en'
import { type MessageKey, type Messages, nb } from './messages/nb'

/** The languages Samkart speaks. Bokmål first: it is the default and the source of truth. */
export const LOCALES = ['nb', 'en'] as const

/** A supported language, as a BCP 47 tag usable in `<html lang>`. */
export type Locale = (typeof LOCALES)[number]

/** Norwegian bokmål: most users are Norwegian public servants. */
export const DEFAULT_LOCALE: Locale = 'nb'

/** Values for a message's `{placeholders}`. */
export type MessageParams = Readonly<Record<string, string | number>>

/** Looks up a message by key and fills in its placeholders. */
export type Translate = (key: MessageKey, params?: MessageParams) => string

const catalogues: Record<Locale, Messages> = { nb, en }

/** True if `value` names a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** True if `key` is a message key; lets callers build keys from data (e.g. error codes). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(nb, key)
}

/** The message catalogue for one locale. */
export function messagesFor(locale: Locale): Messages {
  return catalogues[locale]
}

/** The locale tag to give `Intl` formatters (region matters for dates and numbers). */
export function intlLocale(locale: Locale): string {
  return locale === 'nb' ? 'nb-NO' : 'en-GB'
}

/**
 * Replaces `{name}` with `params.name`. A placeholder without a value is left as written, so a
 * forgotten parameter shows up in the UI instead of silently disappearing.
 */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    return value === undefined ? whole : String(value)
  })
}

/** The `{placeholder}` names in a template, sorted; used to check that catalogues agree. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort()
}

/** Creates a translate function for one locale. */
export function createTranslator(locale: Locale): Translate {
  const messages = messagesFor(locale)
  return (key, params) => interpolate(messages[key], params)
}
