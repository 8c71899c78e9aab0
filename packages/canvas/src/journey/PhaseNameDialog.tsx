import { Button, Textfield } from '@digdir/designsystemet-react'
import { useErrorText, useT } from '@samkart/i18n/react'
import type { ModelError, Phase, Result } from '@samkart/model'
import { type FormEvent, useState } from 'react'
import { HeadedDialog } from '../dialogs/HeadedDialog'

/** What the phase name dialog is open for: a new phase, renaming one, or nothing. */
export type PhaseNaming = { kind: 'new' } | { kind: 'rename'; phase: Phase } | null

/** Props of {@link PhaseNameDialog}. */
export interface PhaseNameDialogProps {
  naming: PhaseNaming
  /** Writes the name; a refusal is explained under the field and the dialog stays open. */
  onSubmit: (title: string) => Result<unknown>
  onClose: () => void
}

/**
 * Names a phase: a new one (added last) or an existing one. A dialog rather than a text field
 * in the journey's toolbar, which took a row of the screen from the journey all the time.
 */
export function PhaseNameDialog({ naming, onSubmit, onClose }: PhaseNameDialogProps) {
  const t = useT()
  return (
    <HeadedDialog
      open={naming !== null}
      onClose={onClose}
      closeLabel={t('journeys.close')}
      heading={t(
        naming?.kind === 'new' ? 'journey.phase.newHeading' : 'journey.phase.renameHeading',
      )}
    >
      {naming && (
        <NameForm
          key={naming.kind === 'new' ? 'new' : naming.phase.id}
          initial={naming.kind === 'new' ? '' : naming.phase.title}
          label={t(naming.kind === 'new' ? 'journey.newPhase' : 'journey.panel.phase')}
          submitLabel={t(naming.kind === 'new' ? 'journey.addPhase' : 'journeys.form.save')}
          onSubmit={onSubmit}
          onClose={onClose}
        />
      )}
    </HeadedDialog>
  )
}

function NameForm({
  initial,
  label,
  submitLabel,
  onSubmit,
  onClose,
}: {
  initial: string
  label: string
  submitLabel: string
  onSubmit: PhaseNameDialogProps['onSubmit']
  onClose: () => void
}) {
  const t = useT()
  const errorText = useErrorText()
  const [title, setTitle] = useState(initial)
  const [error, setError] = useState<ModelError | null>(null)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const result = onSubmit(title.trim())
    if (result.ok) onClose()
    else setError(result.error)
  }
  return (
    <form className="journey-form" onSubmit={submit} noValidate>
      <Textfield
        data-size="sm"
        label={label}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={error ? errorText(error) : undefined}
        autoComplete="off"
      />
      <div className="journey-form__actions">
        <Button type="submit" data-size="sm">
          {submitLabel}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onClose}>
          {t('journeys.form.cancel')}
        </Button>
      </div>
    </form>
  )
}
