import { Field, Label, Select } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { JOURNEY_STAGES, type Journey, type JourneyStage } from '@samkart/model'

/** What {@link JourneyStageFields} edits. */
export interface JourneyStageValues {
  stage: JourneyStage
  /** `''` for none. */
  counterpartId: string
}

/** Props of {@link JourneyStageFields}. */
export interface JourneyStageFieldsProps {
  value: JourneyStageValues
  onChange: (value: JourneyStageValues) => void
  /** Every journey of the board; the one edited (`selfId`) is not offered as its own pair. */
  journeys: readonly Journey[]
  selfId?: string
}

/**
 * The journey form's two comparison fields: whether the journey shows the service as it is or
 * as it should be, and which journey it is compared with. Native selects: they work by keyboard
 * and screen reader as every platform's users expect.
 */
export function JourneyStageFields({ value, onChange, journeys, selfId }: JourneyStageFieldsProps) {
  const t = useT()
  const others = journeys.filter((j) => j.id !== selfId)
  return (
    <>
      <Field data-size="sm">
        <Label>{t('journeyCompare.form.stage')}</Label>
        <Select
          value={value.stage}
          onChange={(event) => onChange({ ...value, stage: event.target.value as JourneyStage })}
        >
          {JOURNEY_STAGES.map((stage) => (
            <Select.Option key={stage} value={stage}>
              {t(`journeyCompare.form.stage.${stage === '' ? 'none' : stage}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field data-size="sm">
        <Label>{t('journeyCompare.form.counterpart')}</Label>
        <Field.Description>{t('journeyCompare.form.counterpartDescription')}</Field.Description>
        <Select
          value={others.some((j) => j.id === value.counterpartId) ? value.counterpartId : ''}
          onChange={(event) => onChange({ ...value, counterpartId: event.target.value })}
        >
          <Select.Option value="">{t('journeyCompare.form.counterpart.none')}</Select.Option>
          {others.map((journey) => (
            <Select.Option key={journey.id} value={journey.id}>
              {journey.title}
            </Select.Option>
          ))}
        </Select>
      </Field>
    </>
  )
}
