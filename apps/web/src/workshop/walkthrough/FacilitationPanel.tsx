import { Button, Heading, Paragraph, Switch } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useState } from 'react'
import type { WorkshopContext } from '../WorkshopTab'
import { useFacilitationState } from './FacilitationContext'
import { LockControls } from './LockControls'
import { OwnViewControls } from './OwnViewControls'
import { SaveStepForm } from './SaveStepForm'
import { StepItem } from './StepItem'
import { usePresenting } from './usePresenting'
import './walkthrough.css'

/**
 * The «Gjennomgang» panel of the workshop rail: the facilitator's locks and walkthrough steps
 * (save the current view, rename, reorder, delete, start and show), the list of steps for
 * everyone, and each person's own view (others' cursors, focus mode).
 */
export function FacilitationPanel({ boardId, token, role }: WorkshopContext) {
  const t = useT()
  const facilitation = useFacilitationState()
  const present = usePresenting(role)
  const [message, setMessage] = useState('')
  if (!facilitation) return null
  const { steps, presentation, current } = facilitation

  return (
    <div className="walkthrough-panel">
      {role === 'facilitator' && <LockControls boardId={boardId} token={token} />}
      <section aria-labelledby="walkthrough-steps-heading">
        <Heading level={3} data-size="2xs" id="walkthrough-steps-heading">
          {t('facilitation.steps.heading')}
        </Heading>
        {steps.length === 0 ? (
          <Paragraph data-size="sm">
            {t(present ? 'facilitation.steps.emptyFacilitator' : 'facilitation.steps.empty')}
          </Paragraph>
        ) : (
          <ol className="walkthrough-steps" aria-label={t('facilitation.steps.list')}>
            {steps.map((step, index) => (
              <StepItem
                key={step.id}
                doc={facilitation.doc}
                step={step}
                index={index}
                count={steps.length}
                current={current?.step.id === step.id}
                present={present}
              />
            ))}
          </ol>
        )}
        {present && <SaveStepForm announce={setMessage} />}
        {present && !presentation && steps.length > 0 && (
          <Button data-size="sm" onClick={() => present.show(steps[0]!.id)}>
            {t('facilitation.present.start')}
          </Button>
        )}
        {present && presentation && (
          <Switch
            data-size="sm"
            label={t('facilitation.present.focusAll')}
            checked={presentation.focus}
            onChange={(event) => present.setFocus(event.target.checked)}
          />
        )}
        <div role="status" className="ds-sr-only">
          {message}
        </div>
      </section>
      <OwnViewControls />
    </div>
  )
}
