import { Button, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { HeadedDialog } from '../dialogs/HeadedDialog'

/** Up to this many names are listed; more would be a wall of text nobody reads. */
const MAX_NAMES = 8

/** Props of {@link BulkDeleteDialog}. */
export interface BulkDeleteDialogProps {
  /** Names of the actors to delete; `null` when closed. */
  names: string[] | null
  onConfirm: () => void
  onClose: () => void
}

/**
 * «Slette 3 aktører?»: deleting several actors (and, by the model's cascade, their relations)
 * for everyone on the board is asked about first, naming the actors so nobody deletes a card
 * they forgot was selected (a selection can include cards the filter hides).
 */
export function BulkDeleteDialog({ names, onConfirm, onClose }: BulkDeleteDialogProps) {
  const t = useT()
  const count = names?.length ?? 0
  const shown = names?.slice(0, MAX_NAMES) ?? []
  return (
    <HeadedDialog
      open={names !== null}
      onClose={onClose}
      closeLabel={t('actor.closeDialog')}
      heading={t('bulkDelete.heading', { count })}
    >
      <div className="samkart-form">
        <Paragraph data-size="sm">{t('bulkDelete.body')}</Paragraph>
        <ul aria-label={t('bulkDelete.selected')} className="samkart-bulk__names">
          {shown.map((name, index) => (
            <li key={`${index}-${name}`}>{name}</li>
          ))}
          {count > shown.length && <li>{t('bulkDelete.more', { count: count - shown.length })}</li>}
        </ul>
        <div className="samkart-form__actions">
          <Button data-color="danger" onClick={onConfirm}>
            {t('bulkDelete.confirm', { count })}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('actor.cancel')}
          </Button>
        </div>
      </div>
    </HeadedDialog>
  )
}
