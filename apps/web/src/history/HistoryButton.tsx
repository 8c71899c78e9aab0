import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useState } from 'react'
import { HeaderIcon } from '../components/HeaderIcon'
import { HeaderLabel } from '../components/HeaderLabel'
import { HistoryPanel, type HistoryPanelProps } from './HistoryPanel'

/** «Historikk» in the board's header: opens the {@link HistoryPanel}. */
export function HistoryButton(props: Omit<HistoryPanelProps, 'open' | 'onClose'>) {
  const t = useT()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button
        data-size="sm"
        variant="tertiary"
        title={t('history.button')}
        onClick={() => setOpen(true)}
      >
        <HeaderIcon name="history" />
        <HeaderLabel>{t('history.button')}</HeaderLabel>
      </Button>
      <HistoryPanel {...props} open={open} onClose={() => setOpen(false)} />
    </>
  )
}
