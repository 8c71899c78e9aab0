import { Checkbox, Fieldset } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { Persona } from '@samkart/model'
import { PersonaPicture } from './PersonaPicture'

/** Props of {@link JourneyPersonasField}. */
export interface JourneyPersonasFieldProps {
  /** The board's personas. */
  personas: readonly Persona[]
  value: readonly string[]
  onChange: (ids: string[]) => void
}

/** The journey form's «Personas»: which of the board's personas the journey is drawn for. */
export function JourneyPersonasField({ personas, value, onChange }: JourneyPersonasFieldProps) {
  const t = useT()
  return (
    <Fieldset data-size="sm" className="journey-picker">
      <Fieldset.Legend>{t('personas.journey.legend')}</Fieldset.Legend>
      <Fieldset.Description>
        {personas.length === 0 ? t('personas.journey.none') : t('personas.journey.description')}
      </Fieldset.Description>
      {personas.map((persona) => (
        <div key={persona.id} className="persona-form__picture">
          <Checkbox
            data-size="sm"
            label={persona.name}
            checked={value.includes(persona.id)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? [...value, persona.id]
                  : value.filter((id) => id !== persona.id),
              )
            }
          />
          <PersonaPicture picture={persona.picture} size={24} />
        </div>
      ))}
    </Fieldset>
  )
}
