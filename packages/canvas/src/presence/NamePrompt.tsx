import { Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import type { CanvasPresence, LocalPresence } from './canvasPresence'
import { useSubscribable } from './useSubscribable'

const NOBODY: LocalPresence = { clientId: 0, name: '', color: 'transparent', chosen: true }
/** Mirrors collab's NAME_MAX; the store checks it again. */
const NAME_MAX = 40

/**
 * Asks a newcomer once (per browser) what they are called, so the room sees «Kari» at a cursor
 * instead of «Anonym rev». Staying a guest is one click; the name can be changed later in the
 * list of people.
 */
export function NamePrompt({ presence }: { presence: CanvasPresence }) {
  const t = useT()
  const headingId = useId()
  const self = useSubscribable(presence.self, NOBODY)
  const [open, setOpen] = useState(() => presence.shouldAskName())
  const [draft, setDraft] = useState('')
  const [error, setError] = useState<string | null>(null)
  const field = useRef<HTMLInputElement>(null)
  // Into the name field, the prompt's one question. `autoFocus` is not enough: the dialog
  // opens (showModal, in its own effect, which runs before this one) after React has focused
  // the field, and showModal moves focus to the dialog's first button, the close button.
  useEffect(() => {
    if (open) field.current?.focus()
  }, [open])

  const close = () => {
    presence.nameAsked()
    setOpen(false)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problem = presence.setName(draft)
    if (problem === 'required') return setError(t('presence.name.required'))
    if (problem === 'too_long') return setError(t('presence.name.tooLong', { max: NAME_MAX }))
    close()
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      closeButton={t('presence.prompt.later', { name: self.name })}
      closedby="any"
      aria-labelledby={headingId}
    >
      <Dialog.Block>
        <Heading id={headingId} level={2} data-size="xs">
          {t('presence.prompt.heading')}
        </Heading>
        <Paragraph data-size="sm">{t('presence.prompt.body', { name: self.name })}</Paragraph>
      </Dialog.Block>
      <Dialog.Block>
        <form className="samkart-form" onSubmit={submit} noValidate>
          <Textfield
            label={t('presence.name.label')}
            description={t('presence.name.description')}
            value={draft}
            onChange={(event) => {
              setDraft(event.target.value)
              setError(null)
            }}
            error={error ?? undefined}
            autoComplete="name"
            ref={field}
          />
          <div className="samkart-form__actions">
            <Button type="submit">{t('presence.prompt.save')}</Button>
            <Button type="button" variant="secondary" onClick={close}>
              {t('presence.prompt.later', { name: self.name })}
            </Button>
          </div>
        </form>
      </Dialog.Block>
    </Dialog>
  )
}
