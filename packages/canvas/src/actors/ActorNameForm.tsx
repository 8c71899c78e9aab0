import { Button, Textfield } from '@digdir/designsystemet-react'
import { useErrorText, useT } from '@samkart/i18n/react'
import type { Result } from '@samkart/model'
import { type FormEvent, useEffect, useRef, useState } from 'react'

/** Props of {@link ActorNameForm}. */
export interface ActorNameFormProps<T> {
  initialName?: string
  submitLabel: string
  /** Writes the name through the model; a refusal is shown next to the field. */
  onSubmit: (name: string) => Result<T>
  /** Called with the accepted result's value. */
  onDone: (value: T) => void
  onCancel: () => void
}

/**
 * The name field used to add and to rename an actor. The model validates (required, length);
 * this form only shows its verdict, translated, next to the field and keeps the dialog open.
 */
export function ActorNameForm<T>({
  initialName = '',
  submitLabel,
  onSubmit,
  onDone,
  onCancel,
}: ActorNameFormProps<T>) {
  const t = useT()
  const errorText = useErrorText()
  const [name, setName] = useState(initialName)
  const [error, setError] = useState<string | null>(null)
  const inputRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null)

  useEffect(() => {
    // After the dialog has opened (its effect runs after ours), so focus lands in the field
    // and not on the dialog's close button.
    const frame = requestAnimationFrame(() => {
      inputRef.current?.focus()
      inputRef.current?.select()
    })
    return () => cancelAnimationFrame(frame)
  }, [])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const result = onSubmit(name)
    if (result.ok) return onDone(result.value)
    setError(errorText(result.error))
    inputRef.current?.focus()
  }

  return (
    <form className="samkart-form" onSubmit={submit} noValidate>
      <Textfield
        ref={inputRef}
        label={t('actor.name')}
        value={name}
        onChange={(event) => {
          setName(event.target.value)
          setError(null)
        }}
        error={error ?? undefined}
        autoComplete="off"
      />
      <div className="samkart-form__actions">
        <Button type="submit">{submitLabel}</Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('actor.cancel')}
        </Button>
      </div>
    </form>
  )
}
