import { Button, Textfield } from '@digdir/designsystemet-react'
import { useErrorText, useT } from '@samkart/i18n/react'
import type { Journey, ModelError, Persona, Result } from '@samkart/model'
import { type FormEvent, useState } from 'react'
import { parseTags } from './journeyGrid'
import { HeadedDialog } from '../dialogs/HeadedDialog'
import { type JourneyStageValues, JourneyStageFields } from './compare/JourneyStageFields'
import { JourneyPersonasField } from './personas/JourneyPersonasField'

/** What the journey form edits. */
export interface JourneyFormValues extends JourneyStageValues {
  title: string
  description: string
  tags: string[]
  /** The journey's personas (ids of the board's personas). */
  personas: string[]
}

/** Props of {@link JourneyFormDialog}. */
export interface JourneyFormDialogProps {
  /** Open for a new journey (`'new'`), for an existing one, or closed (`null`). */
  journey: Journey | 'new' | null
  /** Writes through the model; a refusal is shown in the form and the dialog stays open. */
  onSubmit: (values: JourneyFormValues) => Result<unknown>
  onClose: () => void
  /** The board's journeys, offered as the one this journey is compared with. */
  journeys?: readonly Journey[]
  /** The board's personas, to choose the journey's from. */
  personas?: readonly Persona[]
}

/** Creates or edits a journey's title, description/persona and variant tags. */
export function JourneyFormDialog({
  journey,
  onSubmit,
  onClose,
  journeys = [],
  personas = [],
}: JourneyFormDialogProps) {
  const t = useT()
  const editing = journey !== null && journey !== 'new'
  return (
    <HeadedDialog
      open={journey !== null}
      onClose={onClose}
      closeLabel={t('journeys.close')}
      heading={t(editing ? 'journeys.edit.heading' : 'journeys.create.heading')}
    >
      {journey !== null && (
        // Keyed so reopening starts from the journey's current values.
        <JourneyForm
          key={editing ? journey.id : 'new'}
          initial={editing ? journey : undefined}
          onSubmit={onSubmit}
          onClose={onClose}
          journeys={journeys}
          personas={personas}
        />
      )}
    </HeadedDialog>
  )
}

function JourneyForm({
  initial,
  onSubmit,
  onClose,
  journeys,
  personas,
}: {
  initial?: Journey
  onSubmit: JourneyFormDialogProps['onSubmit']
  onClose: () => void
  journeys: readonly Journey[]
  personas: readonly Persona[]
}) {
  const t = useT()
  const errorText = useErrorText()
  const [title, setTitle] = useState(initial?.title ?? '')
  const [description, setDescription] = useState(initial?.description ?? '')
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '')
  const [link, setLink] = useState<JourneyStageValues>({
    stage: initial?.stage ?? '',
    counterpartId: initial?.counterpartId ?? '',
  })
  const [chosen, setChosen] = useState<string[]>(initial?.personas ?? [])
  const [error, setError] = useState<ModelError | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    // Only personas that still exist: one deleted while the form was open is not written back.
    const personaIds = chosen.filter((id) => personas.some((p) => p.id === id))
    const result = onSubmit({
      title: title.trim(),
      description,
      tags: parseTags(tags),
      personas: personaIds,
      ...link,
    })
    if (result.ok) onClose()
    else setError(result.error)
  }
  const errorFor = (field: string) =>
    error && (error.field ?? 'title') === field ? errorText(error) : undefined

  return (
    <form className="journey-form" onSubmit={submit} noValidate>
      <Textfield
        data-size="sm"
        label={t('journeys.form.title')}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={errorFor('title')}
        autoComplete="off"
      />
      <Textfield
        data-size="sm"
        label={t('journeys.form.description')}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={errorFor('description')}
        multiline
        rows={3}
      />
      <Textfield
        data-size="sm"
        label={t('journeys.form.tags')}
        description={t('journeys.form.tagsDescription')}
        value={tags}
        onChange={(event) => setTags(event.target.value)}
        error={errorFor('tags')}
        autoComplete="off"
      />
      <JourneyPersonasField personas={personas} value={chosen} onChange={setChosen} />
      <JourneyStageFields
        value={link}
        onChange={setLink}
        journeys={journeys}
        selfId={initial?.id}
      />
      <div className="journey-form__actions">
        <Button type="submit" data-size="sm">
          {t(initial ? 'journeys.form.save' : 'journeys.form.create')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onClose}>
          {t('journeys.form.cancel')}
        </Button>
      </div>
    </form>
  )
}
