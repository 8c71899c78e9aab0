import { Fieldset, Radio } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { TEMPLATE_TEXT } from './templateText'

/** Template ids in the order offered; `''` is an empty board. */
export const TEMPLATE_CHOICES: readonly string[] = Object.keys(TEMPLATE_TEXT)

/**
 * «Start fra»: an empty board or one of the model's templates, as radio buttons with a short
 * description each, so the choice is made by keyboard as easily as by mouse.
 */
export function TemplatePicker({
  value,
  onChange,
}: {
  value: string
  onChange: (template: string) => void
}) {
  const t = useT()
  return (
    <Fieldset data-size="sm" className="template-picker">
      <Fieldset.Legend>{t('start.create.templateLegend')}</Fieldset.Legend>
      {TEMPLATE_CHOICES.map((id) => (
        <Radio
          key={id || 'empty'}
          name="template"
          value={id}
          checked={value === id}
          onChange={() => onChange(id)}
          label={t(TEMPLATE_TEXT[id]!.title)}
          description={t(TEMPLATE_TEXT[id]!.description)}
        />
      ))}
    </Fieldset>
  )
}
