import {
  Button,
  Checkbox,
  Fieldset,
  Paragraph,
  Search,
  ValidationMessage,
} from '@digdir/designsystemet-react'
import { useErrorText, useT } from '@samkart/i18n/react'
import type { Actor, ModelError, Result } from '@samkart/model'
import { useState } from 'react'

/** Props of {@link ResponsiblePicker}. */
export interface ResponsiblePickerProps {
  actors: readonly Actor[]
  responsible: readonly string[]
  onChange: (ids: string[]) => Result<unknown>
  /** Creates an actor named `name` and returns its id. */
  onCreate: (name: string) => Result<string>
}

/**
 * Chooses a touchpoint's responsible actors: a search field filtering a list of checkboxes, and
 * «Opprett aktør «…»» when the typed name is not on the board yet. Checkboxes rather than a
 * single-choice combobox because a touchpoint often has several owners, and a checked box says
 * so to every user without opening anything. Deleted owners stay in the set unless unticked.
 */
export function ResponsiblePicker({
  actors,
  responsible,
  onChange,
  onCreate,
}: ResponsiblePickerProps) {
  const t = useT()
  const errorText = useErrorText()
  const [query, setQuery] = useState('')
  const [error, setError] = useState<ModelError | null>(null)
  const needle = query.trim().toLocaleLowerCase('nb')
  const matches = actors.filter(
    (a) =>
      !needle ||
      a.name.toLocaleLowerCase('nb').includes(needle) ||
      a.shortName.toLocaleLowerCase('nb').includes(needle),
  )
  const exact = actors.some((a) => a.name.trim().toLocaleLowerCase('nb') === needle)

  const write = (ids: string[]) => {
    const result = onChange(ids)
    setError(result.ok ? null : result.error)
  }
  const toggle = (id: string, on: boolean) =>
    write(on ? [...responsible, id] : responsible.filter((other) => other !== id))
  const create = () => {
    const created = onCreate(query.trim())
    if (!created.ok) return setError(created.error)
    write([...responsible, created.value])
    setQuery('')
  }

  return (
    <Fieldset data-size="sm" className="journey-picker">
      <Fieldset.Legend>{t('journey.responsible.legend')}</Fieldset.Legend>
      <Search data-size="sm">
        <Search.Input
          aria-label={t('journey.responsible.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              if (needle && !exact) create()
            }
          }}
        />
        <Search.Clear aria-label={t('journey.responsible.clear')} onClick={() => setQuery('')} />
      </Search>
      <div className="journey-picker__list">
        {matches.map((actor) => (
          <Checkbox
            key={actor.id}
            data-size="sm"
            label={actor.name}
            checked={responsible.includes(actor.id)}
            onChange={(event) => toggle(actor.id, event.target.checked)}
          />
        ))}
        {matches.length === 0 && (
          <Paragraph data-size="xs" className="journey-muted">
            {t('journey.responsible.noMatch')}
          </Paragraph>
        )}
      </div>
      {needle && !exact && (
        <Button variant="secondary" data-size="sm" onClick={create}>
          {t('journey.responsible.create', { name: query.trim() })}
        </Button>
      )}
      {error && <ValidationMessage data-size="sm">{errorText(error)}</ValidationMessage>}
    </Fieldset>
  )
}
