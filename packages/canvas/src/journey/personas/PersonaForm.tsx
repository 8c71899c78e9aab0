import { Button, Fieldset, Radio, Textfield } from '@digdir/designsystemet-react'
import { useErrorText, useT } from '@samkart/i18n/react'
import {
  type ModelError,
  PERSONA_PICTURES,
  type Persona,
  type PersonaPicture as Picture,
  type Result,
} from '@samkart/model'
import { type FormEvent, useId, useState } from 'react'
import { PersonaPicture } from './PersonaPicture'

/** What the persona form edits. */
export type PersonaValues = Omit<Persona, 'id'>

/** Props of {@link PersonaForm}. */
export interface PersonaFormProps {
  initial?: Persona
  /** Writes through the model; a refusal is shown by its field and the form stays. */
  onSubmit: (values: PersonaValues) => Result<unknown>
  onCancel: () => void
}

/** A persona's name, description, needs and picture (a radio group of the built-in set). */
export function PersonaForm({ initial, onSubmit, onCancel }: PersonaFormProps) {
  const t = useT()
  const errorText = useErrorText()
  const radioName = useId()
  const [name, setName] = useState(initial?.name ?? '')
  const [description, setDescription] = useState(initial?.description ?? '')
  const [needs, setNeeds] = useState(initial?.needs ?? '')
  const [picture, setPicture] = useState<Picture>(initial?.picture ?? '')
  const [error, setError] = useState<ModelError | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const result = onSubmit({ name, description, needs, picture })
    if (!result.ok) setError(result.error)
  }
  const errorFor = (field: string) =>
    error && (error.field ?? 'name') === field ? errorText(error) : undefined

  return (
    <form className="persona-form" onSubmit={submit} noValidate>
      <Textfield
        data-size="sm"
        label={t('personas.form.name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errorFor('name')}
        autoComplete="off"
        // The form replaces the list the user was in: the first field is where they continue.
        autoFocus
      />
      <Textfield
        data-size="sm"
        label={t('personas.form.description')}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={errorFor('description')}
        multiline
        rows={3}
      />
      <Textfield
        data-size="sm"
        label={t('personas.form.needs')}
        value={needs}
        onChange={(event) => setNeeds(event.target.value)}
        error={errorFor('needs')}
        multiline
        rows={2}
      />
      <Fieldset data-size="sm" className="persona-form__pictures">
        <Fieldset.Legend>{t('personas.form.picture')}</Fieldset.Legend>
        {PERSONA_PICTURES.map((value) => (
          <div key={value || 'none'} className="persona-form__picture">
            <Radio
              name={radioName}
              value={value}
              label={t(`personas.picture.${value || 'none'}`)}
              checked={picture === value}
              onChange={() => setPicture(value)}
            />
            <PersonaPicture picture={value} size={28} />
          </div>
        ))}
      </Fieldset>
      <div className="journey-form__actions">
        <Button type="submit" data-size="sm">
          {t('personas.form.save')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('personas.form.cancel')}
        </Button>
      </div>
    </form>
  )
}
