import { Button, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useReadOnly } from '../readOnly/ReadOnlyContext'

/** Props of {@link BulkActions}. */
export interface BulkActionsProps {
  /** How many actors are selected. */
  count: number
  /** How many of them the filter hides (they are still acted on, so we say so). */
  hidden: number
  onDuplicate: () => void
  onDelete: () => void
  onClear: () => void
}

/** «3 valgt» and what can be done to all of them at once: duplicate, delete, deselect. */
export function BulkActions({ count, hidden, onDuplicate, onDelete, onClear }: BulkActionsProps) {
  const t = useT()
  const readOnly = useReadOnly()
  return (
    <div className="samkart-bulk" role="group" aria-label={t('selection.count', { count })}>
      <div className="samkart-bulk__header">
        <Paragraph data-size="sm" className="samkart-bulk__count">
          {t('selection.count', { count })}
        </Paragraph>
        <Button variant="tertiary" data-size="sm" onClick={onClear}>
          {t('selection.clear')}
        </Button>
      </div>
      {hidden > 0 && (
        <Paragraph data-size="sm" className="samkart-panel__hint">
          {t('filter.hiddenSelected', { count: hidden })}
        </Paragraph>
      )}
      {!readOnly && (
        <div className="samkart-bulk__buttons">
          <Button variant="secondary" data-size="sm" onClick={onDuplicate}>
            {t('selection.duplicate')}
          </Button>
          <Button variant="secondary" data-color="danger" data-size="sm" onClick={onDelete}>
            {t('selection.delete')}
          </Button>
        </div>
      )}
    </div>
  )
}
