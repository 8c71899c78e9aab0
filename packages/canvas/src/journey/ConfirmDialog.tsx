import { Button, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { type ReactNode } from 'react'
import { HeadedDialog } from '../dialogs/HeadedDialog'

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  open: boolean
  heading: string
  body: ReactNode
  confirmLabel: string
  onConfirm: () => void
  onClose: () => void
}

/**
 * Asks before something is deleted for everyone on the board. The cancel button gets focus
 * first, so a stray Enter does not delete.
 */
export function ConfirmDialog({
  open,
  heading,
  body,
  confirmLabel,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const t = useT()
  return (
    <HeadedDialog open={open} onClose={onClose} closeLabel={t('journeys.close')} heading={heading}>
      <Paragraph data-size="sm">{body}</Paragraph>
      <div className="journey-form__actions">
        <Button data-color="danger" data-size="sm" onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" data-size="sm" onClick={onClose} autoFocus>
          {t('journeys.form.cancel')}
        </Button>
      </div>
    </HeadedDialog>
  )
}
