import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useId, useState } from 'react'
import type { ActorActions } from '../actions/actorActions'
import { AddActorForm } from './AddActorForm'
import type { OrganisationSearch } from './OrganisationField'

/** Props of {@link AddActorButton}. */
export interface AddActorButtonProps {
  actions: ActorActions
  /** Called with the new actor's id, e.g. to select and focus its card. */
  onAdded: (id: string) => void
  /** Suggests organisations from Enhetsregisteret as the name is typed. */
  findOrganisations?: OrganisationSearch
}

function PlusIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24">
      <path d="M12 5v14M5 12h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}

/** «Legg til aktør»: a button that opens a dialog asking for the new actor's name. */
export function AddActorButton({ actions, onAdded, findOrganisations }: AddActorButtonProps) {
  const t = useT()
  const headingId = useId()
  const [open, setOpen] = useState(false)

  return (
    <>
      <Button data-size="sm" onClick={() => setOpen(true)}>
        <PlusIcon />
        {t('actor.add')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        closeButton={t('actor.closeDialog')}
        closedby="any"
        aria-labelledby={headingId}
      >
        <Dialog.Block>
          <Heading id={headingId} level={2} data-size="xs">
            {t('actor.add.heading')}
          </Heading>
          <Paragraph data-size="sm">{t('actor.add.description')}</Paragraph>
        </Dialog.Block>
        <Dialog.Block>
          {/* Mounted only while open, so every opening starts with an empty field. */}
          {open && (
            <AddActorForm
              search={findOrganisations}
              onSubmit={actions.add}
              onDone={(id) => {
                setOpen(false)
                // Focus moves on to the new card once the dialog has closed and it is drawn.
                onAdded(id)
              }}
              onCancel={() => setOpen(false)}
            />
          )}
        </Dialog.Block>
      </Dialog>
    </>
  )
}
