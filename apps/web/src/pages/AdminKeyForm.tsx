import { Button, Textfield } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { type FormEvent, useState } from 'react'

/** Props of {@link AdminKeyForm}. */
export interface AdminKeyFormProps {
  onSubmit: (key: string) => void
  error?: string
}

/** Asks for the server's administrator key (`SAMKART_ADMIN_TOKEN`), kept in this tab only. */
export function AdminKeyForm({ onSubmit, error }: AdminKeyFormProps) {
  const t = useT()
  const [key, setKey] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (key.trim()) onSubmit(key.trim())
  }
  return (
    <form className="samkart-form" onSubmit={submit} noValidate>
      <Textfield
        type="password"
        label={t('admin.key.label')}
        description={t('admin.key.description')}
        value={key}
        onChange={(event) => setKey(event.target.value)}
        error={error}
        autoComplete="off"
      />
      <div className="samkart-form__actions">
        <Button type="submit">{t('admin.key.submit')}</Button>
      </div>
    </form>
  )
}
