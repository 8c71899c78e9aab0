import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'

/** Props of {@link PanelToggle}. */
export interface PanelToggleProps {
  open: boolean
  onToggle: (open: boolean) => void
  /** The id of the panel it shows and hides. */
  controls: string
}

/**
 * Shows or hides the side panel (details, actor list, insight), so the canvas can take the
 * whole width on a projector. Remembered per device by the view.
 */
export function PanelToggle({ open, onToggle, controls }: PanelToggleProps) {
  const t = useT()
  const label = t(open ? 'panel.hide' : 'panel.show')
  return (
    <Button
      aria-label={label}
      data-size="sm"
      variant="tertiary"
      icon
      aria-expanded={open}
      aria-controls={controls}
      title={label}
      onClick={() => onToggle(!open)}
    >
      <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24">
        <rect
          x="3"
          y="4"
          width="18"
          height="16"
          rx="2"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        />
        <path d="M15 4v16" stroke="currentColor" strokeWidth="1.8" />
      </svg>
    </Button>
  )
}
