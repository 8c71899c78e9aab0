import { Fieldset, Radio } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { TEMPLATE_GROUPS, TEMPLATE_TEXT } from './templateText'

/** Template ids in the order offered; `''` is an empty board. */
export const TEMPLATE_CHOICES: readonly string[] = TEMPLATE_GROUPS.flatMap((g) => g.ids)

/**
 * «Start fra»: an empty board or one of the model's templates, as radio buttons with a short
 * description each, so the choice is made by keyboard as easily as by mouse. The templates are
 * grouped under their own legends (one radio group: arrow keys move through all of them), and the
 * life events sit in two columns on wide screens so the list stays short.
 */
export function TemplatePicker({
  value,
  onChange,
}: {
  value: string
  onChange: (template: string) => void
}) {
  const t = useT()
  const radio = (id: string) => (
    <Radio
      key={id || 'empty'}
      name="template"
      value={id}
      checked={value === id}
      onChange={() => onChange(id)}
      label={t(TEMPLATE_TEXT[id]!.title)}
      description={t(TEMPLATE_TEXT[id]!.description)}
    />
  )
  return (
    <Fieldset data-size="sm" className="template-picker">
      <Fieldset.Legend>{t('start.create.templateLegend')}</Fieldset.Legend>
      {TEMPLATE_GROUPS.map((group) =>
        group.legend ? (
          <Fieldset key={group.legend} data-size="sm" className="template-picker__group">
            <Fieldset.Legend className="template-picker__legend">{t(group.legend)}</Fieldset.Legend>
            <div className="template-picker__options">{group.ids.map(radio)}</div>
          </Fieldset>
        ) : (
          group.ids.map(radio)
        ),
      )}
    </Fieldset>
  )
}
