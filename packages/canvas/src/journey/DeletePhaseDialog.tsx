import {
  Button,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Radio,
  Select,
} from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { Phase, PhaseDeletion } from '@samkart/model'
import { useId, useState } from 'react'
import { HeadedDialog } from '../dialogs/HeadedDialog'

/** Props of {@link DeletePhaseDialog}. */
export interface DeletePhaseDialogProps {
  /** The phase to delete, with how many touchpoints it holds; `null` when closed. */
  phase: Phase | null
  touchpointCount: number
  /** The journey's other phases, where the touchpoints can go. */
  otherPhases: readonly Phase[]
  onConfirm: (phase: Phase, how: PhaseDeletion) => void
  onClose: () => void
}

/**
 * Confirms deleting a phase. When it holds touchpoints the user chooses to move them to another
 * phase (the default, since the work in them is usually worth keeping) or to delete them too.
 */
export function DeletePhaseDialog(props: DeletePhaseDialogProps) {
  const t = useT()
  const { phase, onClose } = props
  return (
    <HeadedDialog
      open={phase !== null}
      onClose={onClose}
      closeLabel={t('journeys.close')}
      heading={phase && t('journey.phase.deleteHeading', { title: phase.title })}
    >
      {phase && <DeleteForm key={phase.id} {...props} phase={phase} />}
    </HeadedDialog>
  )
}

function DeleteForm({
  phase,
  touchpointCount,
  otherPhases,
  onConfirm,
  onClose,
}: DeletePhaseDialogProps & { phase: Phase }) {
  const t = useT()
  const name = useId()
  const canMove = touchpointCount > 0 && otherPhases.length > 0
  const [mode, setMode] = useState<'move' | 'delete'>(canMove ? 'move' : 'delete')
  const [target, setTarget] = useState(otherPhases[0]?.id ?? '')
  const confirm = () =>
    onConfirm(
      phase,
      mode === 'move' && target ? { touchpoints: 'move', to: target } : { touchpoints: 'delete' },
    )
  return (
    <div className="journey-form">
      {touchpointCount > 0 && (
        <Fieldset data-size="sm">
          <Fieldset.Legend>
            {t('journey.phase.deleteBody', { count: touchpointCount })}
          </Fieldset.Legend>
          {canMove && (
            <Radio
              name={name}
              value="move"
              label={t('journey.phase.deleteMove')}
              checked={mode === 'move'}
              onChange={() => setMode('move')}
            />
          )}
          <Radio
            name={name}
            value="delete"
            label={t('journey.phase.deleteTouchpoints')}
            checked={mode === 'delete'}
            onChange={() => setMode('delete')}
          />
        </Fieldset>
      )}
      {touchpointCount === 0 && (
        <Paragraph data-size="sm">{t('journey.phase.deleteNoTouchpoints')}</Paragraph>
      )}
      {canMove && mode === 'move' && (
        <Field data-size="sm">
          <Label>{t('journey.phase.deleteMoveTo')}</Label>
          <Select value={target} onChange={(event) => setTarget(event.target.value)}>
            {otherPhases.map((other) => (
              <Select.Option key={other.id} value={other.id}>
                {other.title}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <div className="journey-form__actions">
        <Button data-color="danger" data-size="sm" onClick={confirm}>
          {t('journey.phase.deleteConfirm')}
        </Button>
        <Button variant="secondary" data-size="sm" onClick={onClose}>
          {t('journeys.form.cancel')}
        </Button>
      </div>
    </div>
  )
}
