import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useState } from 'react'
import { ShareDialog } from './ShareDialog'

/** «Del tavla» in the board's header, for facilitators: opens the {@link ShareDialog}. */
export function ShareButton({ boardId, token }: { boardId: string; token: string | null }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button data-size="sm" variant="secondary" onClick={() => setOpen(true)}>
        <ShareIcon />
        {t('access.share.button')}
      </Button>
      <ShareDialog open={open} onClose={() => setOpen(false)} boardId={boardId} token={token} />
    </>
  )
}

function ShareIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24">
      <circle cx="18" cy="5" r="3" fill="none" stroke="currentColor" strokeWidth="2" />
      <circle cx="6" cy="12" r="3" fill="none" stroke="currentColor" strokeWidth="2" />
      <circle cx="18" cy="19" r="3" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="m8.6 13.5 6.8 4M15.4 6.5l-6.8 4" stroke="currentColor" strokeWidth="2" />
    </svg>
  )
}
