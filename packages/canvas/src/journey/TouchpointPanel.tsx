import {
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
} from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { OpenCommentsButton } from '../comments/OpenCommentsButton'
import {
  type Actor,
  CHANNELS,
  type EntityFields,
  PAIN_TYPES,
  type Phase,
  type Result,
  type Touchpoint,
} from '@samkart/model'
import { type ReactNode, useId } from 'react'
import { CommitTextfield } from '../actors/CommitTextfield'
import { EnumSelect } from '../actors/EnumSelect'
import { ResponsiblePicker } from './ResponsiblePicker'
import { useReadOnly } from '../readOnly/ReadOnlyContext'

const EMOTIONS = [-2, -1, 0, 1, 2] as const

/** Props of {@link TouchpointPanel}. */
export interface TouchpointPanelProps {
  touchpoint: Touchpoint
  phases: readonly Phase[]
  actors: readonly Actor[]
  update: (patch: Partial<EntityFields<'touchpoint'>>) => Result<unknown>
  onMoveToPhase: (phaseId: string) => void
  /** Moves the touchpoint one column left or right (also into the next phase). */
  onStep: (direction: -1 | 1) => void
  onCreateActor: (name: string) => Result<string>
  onDelete: () => void
  onClose: () => void
  /** The persona fields («Gjelder», «Ber om opplysninger»), after the responsible actors. */
  personaFields?: ReactNode
}

/**
 * Every field of one touchpoint. Text commits when the field is left (one update per edit, not
 * per keystroke, for the whole workshop); choices commit at once. Refusals show by the field.
 */
export function TouchpointPanel({
  touchpoint: tp,
  phases,
  actors,
  update,
  onMoveToPhase,
  onStep,
  onCreateActor,
  onDelete,
  onClose,
  personaFields,
}: TouchpointPanelProps) {
  const t = useT()
  const headingId = useId()
  // A viewer reads every field (read-only, still focusable); nothing is written.
  const readOnly = useReadOnly()
  const text = (
    field: 'title' | 'description' | 'action' | 'need' | 'painPoint' | 'legalBasis' | 'backstage',
    multiline = false,
  ) => (
    <CommitTextfield
      label={t(`journey.field.${field}`)}
      value={tp[field]}
      multiline={multiline}
      onCommit={(value) => update({ [field]: field === 'title' ? value.trim() : value })}
    />
  )
  return (
    <aside className="samkart-panel journey-panel" aria-labelledby={headingId}>
      <div className="journey-panel__header">
        <Heading id={headingId} level={3} data-size="xs">
          {t('journey.panel.heading', { title: tp.title })}
        </Heading>
        <Button variant="tertiary" data-size="sm" onClick={onClose}>
          {t('journey.panel.close')}
        </Button>
      </div>
      <div>
        <OpenCommentsButton kind="touchpoint" id={tp.id} />
      </div>
      {text('title')}
      {readOnly ? (
        <Textfield
          data-size="sm"
          label={t('journey.panel.phase')}
          value={phases.find((p) => p.id === tp.phaseId)?.title ?? ''}
          readOnly
        />
      ) : (
        <Field data-size="sm">
          <Label>{t('journey.panel.phase')}</Label>
          <Select value={tp.phaseId} onChange={(event) => onMoveToPhase(event.target.value)}>
            {phases.map((phase) => (
              <Select.Option key={phase.id} value={phase.id}>
                {phase.title}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      {!readOnly && (
        // The touchpoint's own moves, for keyboards and touch screens that cannot drag.
        <div className="journey-panel__moves" role="group" aria-label={t('journey.panel.move')}>
          <Button variant="secondary" data-size="sm" onClick={() => onStep(-1)}>
            {t('journey.menu.moveLeft')}
          </Button>
          <Button variant="secondary" data-size="sm" onClick={() => onStep(1)}>
            {t('journey.menu.moveRight')}
          </Button>
        </div>
      )}
      {text('description', true)}
      {text('action', true)}
      <EnumSelect
        label={t('journey.field.channel')}
        value={tp.channel}
        values={CHANNELS}
        text={(channel) => t(`journey.channel.${channel}`)}
        onChange={(channel) => update({ channel })}
      />
      {text('need', true)}
      {text('painPoint', true)}
      <EnumSelect
        label={t('journey.field.painType')}
        value={tp.painType}
        values={PAIN_TYPES}
        text={(type) => t(`journey.painType.${type || 'none'}`)}
        onChange={(painType) => update({ painType })}
      />
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t('journey.field.emotion')}</Fieldset.Legend>
        {EMOTIONS.map((emotion) => (
          <Radio
            key={emotion}
            name={`${headingId}-emotion`}
            label={t(`journey.emotion.${emotion}`)}
            value={String(emotion)}
            checked={tp.emotion === emotion}
            readOnly={readOnly}
            onChange={() => update({ emotion })}
          />
        ))}
      </Fieldset>
      {readOnly ? (
        <ResponsibleReadout actors={actors} responsible={tp.responsible} />
      ) : (
        <ResponsiblePicker
          actors={actors}
          responsible={tp.responsible}
          onChange={(responsible) => update({ responsible })}
          onCreate={onCreateActor}
        />
      )}
      {personaFields}
      {text('legalBasis')}
      {text('backstage', true)}
      {!readOnly && (
        <Button variant="tertiary" data-color="danger" data-size="sm" onClick={onDelete}>
          {t('journey.panel.delete')}
        </Button>
      )}
    </aside>
  )
}

/** A viewer's view of the responsible actors: their names as a list, or that there are none. */
function ResponsibleReadout({
  actors,
  responsible,
}: {
  actors: readonly Actor[]
  responsible: readonly string[]
}) {
  const t = useT()
  const headingId = useId()
  const names = responsible.map(
    (id) => actors.find((a) => a.id === id)?.name ?? t('journey.responsible.deleted'),
  )
  return (
    <div className="journey-picker">
      <Heading id={headingId} level={4} data-size="2xs">
        {t('journey.responsible.legend')}
      </Heading>
      {names.length === 0 ? (
        <Paragraph data-size="sm">{t('journey.responsible.none')}</Paragraph>
      ) : (
        <ul aria-labelledby={headingId}>
          {names.map((name, i) => (
            <li key={responsible[i]}>{name}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
