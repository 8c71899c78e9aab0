import { useLocale, useT } from '@samkart/i18n/react'
import { intlLocale } from '@samkart/i18n'

/** «Kari, 09:42» under a note, with the full date and time on hover. */
export function NoteByline({ authorName, createdAt }: { authorName: string; createdAt: string }) {
  const t = useT()
  const { locale } = useLocale()
  const date = new Date(createdAt)
  const valid = !Number.isNaN(date.getTime())
  const time = valid
    ? new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: 'short' }).format(date)
    : ''
  const full = valid
    ? new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short' }).format(
        date,
      )
    : undefined
  return (
    <span className="samkart-note__byline" title={full}>
      {t('notes.byline', { author: authorName || t('notes.unknownAuthor'), time })}
    </span>
  )
}
