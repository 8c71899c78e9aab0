import { Button } from '@digdir/designsystemet-react'
import { type Locale, LOCALES } from '@samkart/i18n'
import { useLocale, useT } from '@samkart/i18n/react'

function GlobeIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24">
      <g fill="none" stroke="currentColor" strokeWidth="1.5">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3Z" />
      </g>
    </svg>
  )
}

/**
 * Switches between bokmål and English. Shows the other language, named in that language and
 * marked with its `lang`, as Norwegian public sites do («English» / «Norsk bokmål»).
 */
export function LanguageSwitch() {
  const t = useT()
  const { locale, setLocale } = useLocale()
  const other: Locale = LOCALES.find((l) => l !== locale) ?? 'nb'
  return (
    <Button variant="tertiary" data-size="sm" onClick={() => setLocale(other)}>
      <GlobeIcon />
      <span lang={other}>{t(`language.${other}`)}</span>
    </Button>
  )
}
