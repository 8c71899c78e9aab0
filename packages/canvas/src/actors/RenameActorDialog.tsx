import { useT } from '@samkart/i18n/react'
import { readActor } from '@samkart/model'
import type * as Y from 'yjs'
import type { ActorActions } from '../actions/actorActions'
import { ActorNameForm } from './ActorNameForm'
import { HeadedDialog } from '../dialogs/HeadedDialog'

/** Props of {@link RenameActorDialog}. */
export interface RenameActorDialogProps {
  doc: Y.Doc
  actions: ActorActions
  /** The actor being renamed, or `null` when the dialog is closed. */
  actorId: string | null
  onClose: () => void
}

/**
 * Renames an actor. Opened by double-clicking a card, pressing Enter on it, or from the side
 * panel. Closing returns focus to where it came from (native `<dialog>` behaviour).
 */
export function RenameActorDialog({ doc, actions, actorId, onClose }: RenameActorDialogProps) {
  const t = useT()
  const actor = actorId ? readActor(doc, actorId) : undefined

  return (
    <HeadedDialog
      open={actor !== undefined}
      onClose={onClose}
      closeLabel={t('actor.closeDialog')}
      heading={actor ? t('actor.rename.heading', { name: actor.name }) : t('actor.rename')}
    >
      {actor && (
        <ActorNameForm
          key={actor.id}
          initialName={actor.name}
          submitLabel={t('actor.rename.submit')}
          onSubmit={(name) => actions.rename(actor.id, name)}
          onDone={onClose}
          onCancel={onClose}
        />
      )}
    </HeadedDialog>
  )
}
