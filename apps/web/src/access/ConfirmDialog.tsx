import { Button } from '@digdir/designsystemet-react'
import { HeadedDialog } from '@samkart/canvas'
import { useT } from '@samkart/i18n/react'
import { type ReactNode, useEffect, useRef } from 'react'
import './access.css'

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  open: boolean
  heading: string
  children: ReactNode
  /** The dangerous action, e.g. «Slett tavla». */
  confirmLabel: string
  onConfirm: () => void
  onClose: () => void
}

/**
 * Asks before something that cannot be undone (deleting a board, revoking a link). «Avbryt»
 * gets focus when the dialog opens, so a stray Enter does not do it.
 */
export function ConfirmDialog({
  open,
  heading,
  children,
  confirmLabel,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const t = useT()
  const cancel = useRef<HTMLButtonElement>(null)
  // After the dialog's own effect has opened it (child effects run first): a native dialog
  // would otherwise focus its first control, the close button.
  useEffect(() => {
    if (open) cancel.current?.focus()
  }, [open])
  return (
    <HeadedDialog
      open={open}
      onClose={onClose}
      closeLabel={t('access.board.close')}
      heading={heading}
    >
      {children}
      <div className="share-dialog__confirm">
        <Button data-color="danger" data-size="sm" onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button ref={cancel} variant="secondary" data-size="sm" onClick={onClose}>
          {t('access.board.cancel')}
        </Button>
      </div>
    </HeadedDialog>
  )
}
