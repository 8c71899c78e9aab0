import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { type ReactNode, useEffect, useRef } from 'react'
import { HeadedDialog } from './HeadedDialog'

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  open: boolean
  heading: string
  /** What will happen, e.g. a paragraph naming what is deleted. */
  children: ReactNode
  /** The dangerous action, e.g. «Slett tavla». */
  confirmLabel: string
  onConfirm: () => void
  onClose: () => void
}

/**
 * Asks before something that cannot be taken back for everyone (deleting a journey or a board,
 * revoking a link). «Avbryt» gets focus when the dialog opens, so a stray Enter does nothing.
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
  // Runs after HeadedDialog's own effect has opened the native dialog (child effects run
  // first), which focuses its first control, the close button; `autoFocus` would run too early.
  useEffect(() => {
    if (open) cancel.current?.focus()
  }, [open])
  return (
    <HeadedDialog open={open} onClose={onClose} closeLabel={t('dialog.close')} heading={heading}>
      {children}
      <div className="confirm-dialog__actions">
        <Button data-color="danger" data-size="sm" onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button ref={cancel} variant="secondary" data-size="sm" onClick={onClose}>
          {t('dialog.cancel')}
        </Button>
      </div>
    </HeadedDialog>
  )
}
