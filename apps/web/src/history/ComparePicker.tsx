import {
  Button,
  Field,
  Fieldset,
  Label,
  Select,
  ValidationMessage,
} from '@digdir/designsystemet-react'
import { intlLocale } from '@samkart/i18n'
import { useLocale, useT } from '@samkart/i18n/react'
import type { BoardVersion } from '@samkart/model'
import { type FormEvent, useState } from 'react'
import { timeFormatter, versionLabel } from './versionText'

/** The choice «Nå (tavla slik den er)» in the selects. */
const NOW = 'now'

/**
 * Two selects, «Før» and «Etter», over the versions and «Nå»; by default the newest version
 * against now, the question a facilitator asks most («what changed since we saved?»).
 */
export function ComparePicker({
  versions,
  onCompare,
}: {
  versions: readonly BoardVersion[]
  onCompare: (beforeId: string | null, afterId: string | null) => void
}) {
  const t = useT()
  const { locale } = useLocale()
  const when = timeFormatter(intlLocale(locale))
  const [before, setBefore] = useState(versions[0]?.id ?? NOW)
  const [after, setAfter] = useState(NOW)
  const [error, setError] = useState('')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (before === after) return setError(t('history.compare.same'))
    setError('')
    onCompare(before === NOW ? null : before, after === NOW ? null : after)
  }

  const options = (
    <>
      <Select.Option value={NOW}>{t('history.compare.now')}</Select.Option>
      {versions.map((v) => (
        <Select.Option key={v.id} value={v.id}>
          {versionLabel(t, v, when)}
        </Select.Option>
      ))}
    </>
  )
  return (
    <form className="history-compare" onSubmit={submit} noValidate>
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t('history.compare.heading')}</Fieldset.Legend>
        <div className="history-compare__fields">
          <Field data-size="sm">
            <Label>{t('history.compare.from')}</Label>
            <Select value={before} onChange={(event) => setBefore(event.target.value)}>
              {options}
            </Select>
          </Field>
          <Field data-size="sm">
            <Label>{t('history.compare.to')}</Label>
            <Select value={after} onChange={(event) => setAfter(event.target.value)}>
              {options}
            </Select>
          </Field>
          <Button type="submit" data-size="sm" variant="secondary">
            {t('history.compare.button')}
          </Button>
        </div>
        {error && <ValidationMessage data-size="sm">{error}</ValidationMessage>}
      </Fieldset>
    </form>
  )
}
