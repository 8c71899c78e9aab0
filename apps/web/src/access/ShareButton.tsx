import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useState } from 'react'
import { HeaderIcon } from '../components/HeaderIcon'
import { HeaderLabel } from '../components/HeaderLabel'
import { ShareDialog } from './ShareDialog'

/** «Del tavla» in the board's header, for facilitators: opens the {@link ShareDialog}. */
export function ShareButton({ boardId, token }: { boardId: string; token: string | null }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button
        data-size="sm"
        variant="primary"
        title={t('access.share.button')}
        onClick={() => setOpen(true)}
      >
        <HeaderIcon name="share" />
        <HeaderLabel priority="keep">{t('access.share.button')}</HeaderLabel>
      </Button>
      <ShareDialog open={open} onClose={() => setOpen(false)} boardId={boardId} token={token} />
    </>
  )
}
