import { Button, Paragraph } from '@digdir/designsystemet-react'
import { useErrorText, useT } from '@samkart/i18n/react'
import type { RegistryEntry, Result } from '@samkart/model'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import type { RegistryFields } from '../actions/actorActions'
import { type OrganisationSearch, OrganisationField } from './OrganisationField'

/** Props of {@link AddActorForm}. */
export interface AddActorFormProps {
  /** Creates the actor through the model; a refusal is shown next to the field. */
  onSubmit: (name: string, registry?: RegistryFields) => Result<string>
  onDone: (id: string) => void
  onCancel: () => void
  search?: OrganisationSearch
}

/**
 * «Legg til aktør»'s form: a name, with suggestions from Enhetsregisteret. Choosing one fills
 * the name and links the organisation number, level and kind, shown under the field until the
 * user unlinks it; the name can still be edited («NAV» instead of the register's long name)
 * without losing the number. The model validates (required, length, a number already on the
 * board) and this form shows its verdict.
 */
export function AddActorForm({ onSubmit, onDone, onCancel, search }: AddActorFormProps) {
  const t = useT()
  const errorText = useErrorText()
  const [name, setName] = useState('')
  const [linked, setLinked] = useState<RegistryEntry | null>(null)
  const [error, setError] = useState<string | null>(null)
  const inputRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null)

  useEffect(() => {
    // After the dialog has opened (its effect runs after ours), so focus lands in the field.
    const frame = requestAnimationFrame(() => inputRef.current?.focus())
    return () => cancelAnimationFrame(frame)
  }, [])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const result = onSubmit(
      name,
      linked ? { orgNumber: linked.orgNumber, level: linked.level, kind: linked.kind } : undefined,
    )
    if (result.ok) return onDone(result.value)
    setError(errorText(result.error))
    inputRef.current?.focus()
  }

  return (
    <form className="samkart-form" onSubmit={submit} noValidate>
      <OrganisationField
        label={t('actor.name')}
        value={name}
        onChange={(text) => {
          setName(text)
          setError(null)
        }}
        onChoose={(entry) => {
          setName(entry.name)
          setLinked(entry)
          setError(null)
        }}
        search={search}
        error={error ?? undefined}
        inputRef={inputRef}
      />
      {linked && (
        <div className="organisation-field__linked">
          <Paragraph data-size="sm">
            {t('actor.registry.linked', {
              orgNumber: linked.orgNumber,
              level: t(`level.${linked.level}`),
              kind: t(`kind.${linked.kind}`),
            })}
          </Paragraph>
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            onClick={() => {
              setLinked(null)
              inputRef.current?.focus()
            }}
          >
            {t('actor.registry.unlink')}
          </Button>
        </div>
      )}
      <div className="samkart-form__actions">
        <Button type="submit">{t('actor.add.submit')}</Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('actor.cancel')}
        </Button>
      </div>
    </form>
  )
}
