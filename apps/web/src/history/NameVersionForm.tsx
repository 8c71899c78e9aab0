import { Button, Textfield } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { VERSION_NAME_MAX, versionNameProblem } from '@samkart/model'
import { type FormEvent, useState } from 'react'

/**
 * «Lagre versjon»: names the board as it is now. Checks the name as the server does, so the
 * usual mistakes are explained at once; `onSave` answers with the server's refusal, if any.
 */
export function NameVersionForm({ onSave }: { onSave: (name: string) => Promise<string | null> }) {
  const t = useT()
  const [name, setName] = useState('')
  const [error, setError] = useState('')
  const [saving, setSaving] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problem = versionNameProblem(name)
    if (problem === 'required' || problem === 'not-text')
      return setError(t('history.name.required'))
    if (problem === 'too-long')
      return setError(t('history.name.tooLong', { max: VERSION_NAME_MAX }))
    setSaving(true)
    const refusal = await onSave(name.trim())
    setSaving(false)
    setError(refusal ?? '')
    if (!refusal) setName('')
  }

  return (
    <form className="history-name" onSubmit={(event) => void submit(event)} noValidate>
      <Textfield
        data-size="sm"
        label={t('history.name.label')}
        description={t('history.name.description')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={error || undefined}
        autoComplete="off"
      />
      <Button type="submit" data-size="sm" disabled={saving}>
        {t('history.name.save')}
      </Button>
    </form>
  )
}
