import { Alert, Button, Heading, Textfield } from '@digdir/designsystemet-react'
import { useErrorText, useT } from '@samkart/i18n/react'
import { BOARD_TEMPLATES, TITLE_MAX, validateBoardTitle } from '@samkart/model'
import { type FormEvent, useId, useState } from 'react'
import { readAdminToken, storeAdminToken } from '../access/adminToken'
import { openNewBoard } from '../access/openNewBoard'
import { createBoard } from '../api/boardsApi'
import { TemplatePicker } from './TemplatePicker'

/**
 * «Ny tavle»: a title field, a choice of starting point (empty or a template) and a button.
 * Choosing a template fills in its title while the user has not typed one of their own. The title is checked with the model's rule first (the
 * server applies the same one), and a refusal is shown next to the field in the user's language.
 */
export function CreateBoardForm() {
  const t = useT()
  const errorText = useErrorText()
  const headingId = useId()
  const [title, setTitle] = useState('')
  const [template, setTemplate] = useState('')
  const [titleEdited, setTitleEdited] = useState(false)
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // Shown once the server has said creating boards needs the administrator key (or one is kept).
  const [adminToken, setAdminToken] = useState(readAdminToken)
  const [adminNeeded, setAdminNeeded] = useState(() => readAdminToken() !== '')
  const [adminError, setAdminError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setFailure(null)
    const invalid = validateBoardTitle(title)
    if (invalid) return setFieldError(errorText(invalid))
    setBusy(true)
    const key = adminToken.trim()
    const result = await createBoard(title.trim(), template, key ? { adminToken: key } : {})
    setBusy(false)
    if (result.ok) {
      if (key) storeAdminToken(key)
      return openNewBoard(result.value)
    }
    const { error } = result
    if (error.kind === 'http' && error.code === 'admin_only') {
      // First time: explain and ask for the key. With a key given: it was the wrong one.
      if (adminNeeded && key) setAdminError(t('access.create.adminInvalid'))
      setAdminNeeded(true)
      storeAdminToken('')
    } else if (error.kind === 'http' && error.status === 400 && error.code)
      setFieldError(
        errorText({ code: error.code, entity: 'board', field: 'title', params: error.params }),
      )
    else setFailure(error.kind === 'network' ? t('start.error.network') : t('error.generic'))
  }

  return (
    <section className="card create-board" aria-labelledby={headingId}>
      <Heading id={headingId} level={2} data-size="xs">
        {t('start.create.heading')}
      </Heading>
      <form className="create-board__form" onSubmit={submit} noValidate>
        <Textfield
          label={t('start.create.titleLabel')}
          description={t('start.create.titleDescription')}
          value={title}
          maxLength={TITLE_MAX}
          autoComplete="off"
          onChange={(event) => {
            setTitle(event.target.value)
            setTitleEdited(event.target.value !== '')
            setFieldError(null)
          }}
          error={fieldError ?? undefined}
        />
        <TemplatePicker
          value={template}
          onChange={(id) => {
            setTemplate(id)
            if (!titleEdited) setTitle(id ? (BOARD_TEMPLATES[id]?.title ?? '') : '')
            setFieldError(null)
          }}
        />
        {adminNeeded && (
          <>
            <Alert data-color="info" data-size="sm">
              {t('access.create.adminRequired')}
            </Alert>
            <Textfield
              label={t('access.create.adminToken')}
              description={t('access.create.adminTokenDescription')}
              type="password"
              autoComplete="off"
              value={adminToken}
              onChange={(event) => {
                setAdminToken(event.target.value)
                setAdminError(null)
              }}
              error={adminError ?? undefined}
            />
          </>
        )}
        <Button type="submit" loading={busy} aria-disabled={busy || undefined}>
          {busy ? t('start.create.creating') : t('start.create.submit')}
        </Button>
      </form>
      {failure && (
        <Alert data-color="danger" data-size="sm">
          {failure}
        </Alert>
      )}
    </section>
  )
}
