import { Button } from '@digdir/designsystemet-react'
import { type Locale, LOCALES } from '@samkart/i18n'
import { useLocale, useT } from '@samkart/i18n/react'
import { HeaderIcon } from './HeaderIcon'
import { HeaderLabel } from './HeaderLabel'

/**
 * Switches between bokmål and English. Shows the other language, named in that language and
 * marked with its `lang`, as Norwegian public sites do («English» / «Norsk bokmål»).
 */
export function LanguageSwitch() {
  const t = useT()
  const { locale, setLocale } = useLocale()
  const other: Locale = LOCALES.find((l) => l !== locale) ?? 'nb'
  return (
    <Button
      variant="tertiary"
      data-size="sm"
      title={t(`language.${other}`)}
      onClick={() => setLocale(other)}
    >
      <HeaderIcon name="globe" />
      <HeaderLabel priority="wide">
        <span lang={other}>{t(`language.${other}`)}</span>
      </HeaderLabel>
    </Button>
  )
}
