import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { type ReactNode, useId } from 'react'

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
  const headingId = useId()
  return (
    <Dialog
      open={open}
      onClose={onClose}
      closeButton={t('journeys.close')}
      closedby="any"
      aria-labelledby={headingId}
    >
      <Dialog.Block>
        <Heading id={headingId} level={2} data-size="xs">
          {heading}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph data-size="sm">{body}</Paragraph>
        <div className="journey-form__actions">
          <Button data-color="danger" data-size="sm" onClick={onConfirm}>
            {confirmLabel}
          </Button>
          <Button variant="secondary" data-size="sm" onClick={onClose} autoFocus>
            {t('journeys.form.cancel')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  )
}
