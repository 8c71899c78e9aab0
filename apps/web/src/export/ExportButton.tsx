import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useState } from 'react'
import type * as Y from 'yjs'
import { HeaderIcon } from '../components/HeaderIcon'
import { HeaderLabel } from '../components/HeaderLabel'
import { ExportDialog } from './ExportDialog'

/** «Eksporter» in the board's header, opening the export dialog. Viewers may export too. */
export function ExportButton({ doc, journeyId }: { doc: Y.Doc; journeyId?: string }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button
        variant="secondary"
        data-size="sm"
        title={t('export.button')}
        onClick={() => setOpen(true)}
      >
        <HeaderIcon name="export" />
        <HeaderLabel>{t('export.button')}</HeaderLabel>
      </Button>
      <ExportDialog doc={doc} open={open} onClose={() => setOpen(false)} journeyId={journeyId} />
    </>
  )
}
