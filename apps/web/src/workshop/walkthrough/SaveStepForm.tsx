import { Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react'
import { useCanvasCollab } from '@samkart/canvas'
import { useT } from '@samkart/i18n/react'
import { addSavedView, readPhases } from '@samkart/model'
import { type FormEvent, useId, useState } from 'react'
import { useBoardView } from '../../pages/BoardNav'
import { useFacilitationState } from './FacilitationContext'
import { viewToStep } from './stepView'

/**
 * «Lagre visningen som steg»: what this tab shows now (view, viewport, filter and, in a
 * journey, a phase to focus on) becomes the walkthrough's last step.
 */
export function SaveStepForm({ announce }: { announce: (message: string) => void }) {
  const t = useT()
  const facilitation = useFacilitationState()
  const { presence, origin } = useCanvasCollab()
  const { view, journeyId } = useBoardView()
  const [name, setName] = useState('')
  const [phaseId, setPhaseId] = useState('')
  const [problem, setProblem] = useState(false)
  const phaseLabel = useId()
  if (!facilitation) return null
  const phases = view === 'journeys' && journeyId ? readPhases(facilitation.doc, journeyId) : []

  const save = (event: FormEvent) => {
    event.preventDefault()
    const step = viewToStep(
      presence?.viewport() ?? null,
      facilitation.controls.filter.get(),
      phases.some((p) => p.id === phaseId) ? phaseId : '',
    )
    if (!step) return setProblem(true)
    setProblem(false)
    const named =
      name.trim() || t('facilitation.steps.defaultName', { number: facilitation.steps.length + 1 })
    if (!addSavedView(facilitation.doc, { ...step, name: named }, origin).ok) return
    setName('')
    announce(t('facilitation.steps.saved', { name: named }))
  }

  return (
    <form className="walkthrough-save" onSubmit={save}>
      <Textfield
        data-size="sm"
        label={t('facilitation.steps.name')}
        value={name}
        maxLength={120}
        onChange={(event) => setName(event.target.value)}
      />
      {phases.length > 0 && (
        <Field data-size="sm">
          <Label id={phaseLabel}>{t('facilitation.steps.phase')}</Label>
          <Select
            aria-labelledby={phaseLabel}
            value={phaseId}
            onChange={(event) => setPhaseId(event.target.value)}
          >
            <Select.Option value="">{t('facilitation.steps.noPhase')}</Select.Option>
            {phases.map((phase) => (
              <Select.Option key={phase.id} value={phase.id}>
                {phase.title}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <Button data-size="sm" type="submit" variant="secondary">
        {t('facilitation.steps.save')}
      </Button>
      {problem && (
        <Paragraph data-size="sm" role="alert">
          {t('facilitation.steps.noView')}
        </Paragraph>
      )}
    </form>
  )
}
