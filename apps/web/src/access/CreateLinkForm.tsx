import { Button, Fieldset, Heading, Radio, Textfield } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { type FormEvent, useId, useState } from 'react'
import { expiryFromDate, localDateInput } from './expiryDate'
import { ROLES, type Role } from './roles'

/** Props of {@link CreateLinkForm}. */
export interface CreateLinkFormProps {
  /** Creates the link; resolves when done (the form then resets), with an error text if not. */
  onCreate: (role: Role, expiresAt: string | null) => Promise<string | null>
}

/**
 * «Ny lenke»: a role (radio buttons, each with what it may do) and an optional last day, then
 * «Lag lenke». The date is checked here, so the message speaks of days, not instants.
 */
export function CreateLinkForm({ onCreate }: CreateLinkFormProps) {
  const t = useT()
  const headingId = useId()
  const [role, setRole] = useState<Role>('editor')
  const [date, setDate] = useState('')
  const [dateError, setDateError] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setFailure(null)
    const now = new Date()
    const expiresAt = date ? expiryFromDate(date, now) : null
    if (date && !expiresAt) return setDateError(t('access.share.create.expiryPast'))
    setBusy(true)
    const error = await onCreate(role, expiresAt)
    setBusy(false)
    if (error) return setFailure(error)
    setDate('')
  }

  return (
    <section aria-labelledby={headingId} className="share-create">
      <Heading id={headingId} level={3} data-size="2xs">
        {t('access.share.create.heading')}
      </Heading>
      <form onSubmit={submit} noValidate className="share-create__form">
        <Fieldset data-size="sm">
          <Fieldset.Legend>{t('access.share.create.role')}</Fieldset.Legend>
          {ROLES.map((r) => (
            <Radio
              key={r}
              name="share-role"
              value={r}
              checked={role === r}
              onChange={() => setRole(r)}
              label={t(`access.role.${r}`)}
              description={t(`access.role.${r}.description`)}
            />
          ))}
        </Fieldset>
        <Textfield
          data-size="sm"
          type="date"
          label={t('access.share.create.expiry')}
          description={t('access.share.create.expiryDescription')}
          min={localDateInput(new Date())}
          value={date}
          onChange={(event) => {
            setDate(event.target.value)
            setDateError(null)
          }}
          error={dateError ?? undefined}
        />
        <div>
          <Button type="submit" data-size="sm" loading={busy} aria-disabled={busy || undefined}>
            {t('access.share.create.submit')}
          </Button>
        </div>
        {failure && (
          <p className="share-error" role="alert">
            {failure}
          </p>
        )}
      </form>
    </section>
  )
}
