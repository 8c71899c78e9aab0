import { Alert, Button, Paragraph } from '@digdir/designsystemet-react'
import { intlLocale } from '@samkart/i18n'
import { useLocale, useT } from '@samkart/i18n/react'
import { useEffect, useRef } from 'react'
import type { HistoryView } from './historyView'
import { sideLabel, timeFormatter, versionTitle } from './versionText'

/**
 * The marking of a past version or a comparison: what is shown, that it cannot be changed, and
 * «Tilbake til tavla». Takes focus when it appears, so a keyboard user lands on it.
 */
export function HistoryBanner({
  view,
  onBack,
}: {
  view: Exclude<HistoryView, { mode: 'live' }>
  onBack: () => void
}) {
  const t = useT()
  const { locale } = useLocale()
  const when = timeFormatter(intlLocale(locale))
  const back = useRef<HTMLButtonElement>(null)
  useEffect(() => back.current?.focus(), [view])
  const label = (side: Parameters<typeof sideLabel>[1]) => sideLabel(t, side, when)
  return (
    <Alert
      data-color="warning"
      data-size="sm"
      className="history-banner"
      role="region"
      aria-label={t('history.viewing.label')}
    >
      <Paragraph data-size="sm">
        {view.mode === 'version'
          ? t('history.viewing', {
              version: versionTitle(t, view.version),
              date: when(view.version.createdAt),
            })
          : t('history.comparing', { from: label(view.before), to: label(view.after) })}
      </Paragraph>
      <Button ref={back} data-size="sm" variant="primary" onClick={onBack}>
        {t('history.back')}
      </Button>
    </Alert>
  )
}
