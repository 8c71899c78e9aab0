import { Dialog, Heading } from '@digdir/designsystemet-react'
import { type ReactNode, useId } from 'react'

/** Props of {@link HeadedDialog}. */
export interface HeadedDialogProps {
  open: boolean
  onClose: () => void
  /** Accessible name of the close button, in the user's language. */
  closeLabel: string
  /** The dialog's heading, which also names it for assistive technology. */
  heading: ReactNode
  children: ReactNode
}

/**
 * A Designsystemet dialog with a heading that names it, a close button, and closing by Escape
 * or a click outside; closing returns focus to where it came from (native `<dialog>`). Every
 * dialog of the canvas is one of these, so they look and behave alike.
 */
export function HeadedDialog({ open, onClose, closeLabel, heading, children }: HeadedDialogProps) {
  const headingId = useId()
  return (
    <Dialog
      open={open}
      onClose={onClose}
      closeButton={closeLabel}
      closedby="any"
      aria-labelledby={headingId}
    >
      <Dialog.Block>
        <Heading id={headingId} level={2} data-size="xs">
          {heading}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>{children}</Dialog.Block>
    </Dialog>
  )
}
