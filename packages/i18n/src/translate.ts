import {
  type MessageParams,
  messageLocale,
  messageParams,
  parseMessage,
  renderMessage,
} from './formatMessage'
import { en } from './messages/en'
import { type MessageKey, type Messages, nb } from './messages/nb'
import { nn } from './messages/nn'

export type { MessageParams } from './formatMessage'

/**
 * The languages Samkart speaks: both written standards of Norwegian, which public bodies must
 * serve, and English. Bokmål first: it is the default and the source of truth.
 */
export const LOCALES = ['nb', 'nn', 'en'] as const

/** A supported language, as a BCP 47 tag usable in `<html lang>`. */
export type Locale = (typeof LOCALES)[number]

/** Norwegian bokmål: most users are Norwegian public servants. */
export const DEFAULT_LOCALE: Locale = 'nb'

/** Looks up a message by key and fills in its placeholders and plural forms. */
export type Translate = (key: MessageKey, params?: MessageParams) => string

const catalogues: Record<Locale, Messages> = { nb, nn, en }

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
  switch (locale) {
    case 'nb':
      return 'nb-NO'
    case 'nn':
      return 'nn-NO'
    case 'en':
      return 'en-GB'
  }
}

/**
 * The written standard a browser asks for (`navigator.languages`, most wanted first): nynorsk
 * for `nn`, bokmål for `nb` and the bare `no`; the first Norwegian tag the browser lists wins.
 * English is never picked from the browser, only from the language menu: many Norwegian users
 * run an English operating system, and a public service speaks Norwegian to them until they
 * ask otherwise. With no Norwegian tag, bokmål.
 */
export function preferredLocale(languages: readonly string[] | undefined): Locale {
  for (const tag of languages ?? []) {
    const primary = tag.toLowerCase().split('-')[0]
    if (primary === 'nn') return 'nn'
    if (primary === 'nb' || primary === 'no') return 'nb'
  }
  return DEFAULT_LOCALE
}

/**
 * Fills a message's `{name}` placeholders; a placeholder without a value is left as written,
 * so a forgotten parameter shows up in the UI instead of silently disappearing. Plural choices
 * take the bokmål rules; use a {@link createTranslator} for another language.
 */
export function interpolate(template: string, params: MessageParams = {}): string {
  return renderMessage(parseMessage(template), params, nbFormat())
}

/** The names a message uses (placeholders and plural selectors), sorted; catalogues must agree. */
export function placeholders(template: string): string[] {
  return messageParams(parseMessage(template))
}

let nbCached: ReturnType<typeof messageLocale> | undefined
const nbFormat = () => (nbCached ??= messageLocale('nb-NO'))

/**
 * Creates a translate function for one locale. Messages are parsed once, the first time each
 * is used; plural forms follow the language's own rules (`Intl.PluralRules`), numbers its own
 * grouping (`Intl.NumberFormat`).
 */
export function createTranslator(locale: Locale): Translate {
  const messages = messagesFor(locale)
  const format = messageLocale(intlLocale(locale))
  const parsed = new Map<MessageKey, ReturnType<typeof parseMessage>>()
  return (key, params = {}) => {
    let parts = parsed.get(key)
    if (!parts) {
      parts = parseMessage(messages[key])
      parsed.set(key, parts)
    }
    return renderMessage(parts, params, format)
  }
}
