import { Dialog, Heading } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { readActor } from '@samkart/model'
import { useId } from 'react'
import type * as Y from 'yjs'
import type { ActorActions } from '../actions/actorActions'
import { ActorNameForm } from './ActorNameForm'

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
  const headingId = useId()
  const actor = actorId ? readActor(doc, actorId) : undefined

  return (
    <Dialog
      open={actor !== undefined}
      onClose={onClose}
      closeButton={t('actor.closeDialog')}
      closedby="any"
      aria-labelledby={headingId}
    >
      <Dialog.Block>
        <Heading id={headingId} level={2} data-size="xs">
          {actor ? t('actor.rename.heading', { name: actor.name }) : t('actor.rename')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
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
      </Dialog.Block>
    </Dialog>
  )
}
