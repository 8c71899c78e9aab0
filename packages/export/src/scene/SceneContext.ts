import {
  type Locale,
  type Translate,
  DEFAULT_LOCALE,
  createTranslator,
  intlLocale,
} from '@samkart/i18n'
import { formatDate } from './SceneBuilder'

/** What every view needs besides the board: the language and the date line. */
export interface SceneContext {
  locale: Locale
  t: Translate
  /** «Eksportert 1. mars 2025». */
  dateLine: string
}

/** The context for `locale` (default bokmål) and `now` (default the current time). */
export function sceneContext(options: { locale?: Locale; now?: Date } = {}): SceneContext {
  const locale = options.locale ?? DEFAULT_LOCALE
  const t = createTranslator(locale)
  const date = formatDate(options.now ?? new Date(), intlLocale(locale))
  return { locale, t, dateLine: t('report.date', { date }) }
}
