import { Button, Textfield } from '@digdir/designsystemet-react'
import { useErrorText, useT } from '@samkart/i18n/react'
import type { ModelError, Phase, Result } from '@samkart/model'
import { type FormEvent, useState } from 'react'
import { HeadedDialog } from '../dialogs/HeadedDialog'

/** Props of {@link PhaseNameDialog}. */
export interface PhaseNameDialogProps {
  /** The phase being renamed, or `null` when closed. */
  phase: Phase | null
  onRename: (phase: Phase, title: string) => Result<unknown>
  onClose: () => void
}

/** Renames a phase; a refused name is explained under the field and the dialog stays open. */
export function PhaseNameDialog({ phase, onRename, onClose }: PhaseNameDialogProps) {
  const t = useT()
  return (
    <HeadedDialog
      open={phase !== null}
      onClose={onClose}
      closeLabel={t('journeys.close')}
      heading={t('journey.phase.renameHeading')}
    >
      {phase && <NameForm key={phase.id} phase={phase} onRename={onRename} onClose={onClose} />}
    </HeadedDialog>
  )
}

function NameForm({
  phase,
  onRename,
  onClose,
}: {
  phase: Phase
  onRename: PhaseNameDialogProps['onRename']
  onClose: () => void
}) {
  const t = useT()
  const errorText = useErrorText()
  const [title, setTitle] = useState(phase.title)
  const [error, setError] = useState<ModelError | null>(null)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const result = onRename(phase, title.trim())
    if (result.ok) onClose()
    else setError(result.error)
  }
  return (
    <form className="journey-form" onSubmit={submit} noValidate>
      <Textfield
        data-size="sm"
        label={t('journey.panel.phase')}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={error ? errorText(error) : undefined}
        autoComplete="off"
      />
      <div className="journey-form__actions">
        <Button type="submit" data-size="sm">
          {t('journeys.form.save')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onClose}>
          {t('journeys.form.cancel')}
        </Button>
      </div>
    </form>
  )
}
