import { Field, Label, Select } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { Persona } from '@samkart/model'

/** Props of {@link PersonaFilter}. */
export interface PersonaFilterProps {
  /** The journey's personas, in the order to offer them. */
  personas: readonly Persona[]
  /** The persona the journey is shown for, or `''` for all. */
  value: string
  onChange: (personaId: string) => void
}

/**
 * «Vis for»: shows the journey for one of its personas. The touchpoints that are not for that
 * persona stay in the table, faded and said to be «not for …», so the journey keeps its shape and
 * nobody loses a column they were working in. View state only: each participant filters alone.
 */
export function PersonaFilter({ personas, value, onChange }: PersonaFilterProps) {
  const t = useT()
  return (
    <Field data-size="sm" className="persona-filter">
      <Label>{t('personas.filter.label')}</Label>
      <Select value={value} onChange={(event) => onChange(event.target.value)}>
        <Select.Option value="">{t('personas.filter.all')}</Select.Option>
        {personas.map((persona) => (
          <Select.Option key={persona.id} value={persona.id}>
            {persona.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  )
}
