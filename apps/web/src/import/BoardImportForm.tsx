import {
  Alert,
  Button,
  Field,
  Heading,
  Input,
  Label,
  Paragraph,
  Textfield,
} from '@digdir/designsystemet-react'
import type { BoardFile } from '@samkart/export'
import { useErrorText, useT } from '@samkart/i18n/react'
import { TITLE_MAX, validateBoardTitle } from '@samkart/model'
import { type FormEvent, useId, useState } from 'react'
import { readAdminToken } from '../access/adminToken'
import { openNewBoard } from '../access/openNewBoard'
import { importBoard } from './importBoardApi'
import { importErrorText, isImportErrorCode } from './importErrorText'
import { readFileBytes } from './readFileBytes'
import './import.css'

/** What the picked file turned out to be. */
type Picked =
  | { status: 'none' }
  | { status: 'reading' }
  | { status: 'refused'; message: string }
  | { status: 'ready'; file: BoardFile }

/**
 * «Importer tavle» on the start page: pick a JSON board file, see what is in it, name the new
 * board, create it. The file is checked here first for a quick, clear answer (wrong or newer
 * version, broken JSON, not a board); the server checks it again before it creates anything.
 */
export function BoardImportForm() {
  const t = useT()
  const errorText = useErrorText()
  const headingId = useId()
  const [picked, setPicked] = useState<Picked>({ status: 'none' })
  const [title, setTitle] = useState('')
  const [titleError, setTitleError] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const pick = async (file: File | undefined) => {
    setFailure(null)
    setTitleError(null)
    if (!file) return setPicked({ status: 'none' })
    setPicked({ status: 'reading' })
    // Loaded when a file is picked, so the start page does not carry the export package.
    const { DEFAULT_IMPORT_MAX_BYTES, parseBoardFile } = await import('@samkart/export')
    const bytes = await readFileBytes(file, DEFAULT_IMPORT_MAX_BYTES)
    const parsed = bytes.ok ? parseBoardFile(bytes.value) : bytes
    if (!parsed.ok)
      return setPicked({ status: 'refused', message: importErrorText(t, parsed.error) })
    setPicked({ status: 'ready', file: parsed.value })
    setTitle(parsed.value.board.title)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (picked.status !== 'ready' || busy) return
    setFailure(null)
    const invalid = validateBoardTitle(title)
    if (invalid) return setTitleError(errorText(invalid))
    setBusy(true)
    // The administrator key, where one was given for creating boards in this tab.
    const key = readAdminToken()
    const result = await importBoard(picked.file, title.trim(), key ? { adminToken: key } : {})
    setBusy(false)
    if (result.ok) return openNewBoard(result.value)
    const { error } = result
    if (error.kind === 'network') return setFailure(t('import.error.network'))
    if (error.code === 'admin_only') return setFailure(t('import.board.forbidden'))
    const reason =
      error.code && isImportErrorCode(error.code)
        ? importErrorText(t, { code: error.code, message: '', params: error.params })
        : error.code === 'server_busy' || error.code === 'work_failed'
          ? t(`work.error.${error.code}`)
          : t('import.error.unknown')
    setFailure(t('import.board.failed', { reason }))
  }

  const board = picked.status === 'ready' ? picked.file.board : null
  return (
    <section className="card board-import" aria-labelledby={headingId}>
      <Heading id={headingId} level={2} data-size="xs">
        {t('import.board.heading')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('import.board.description')}
      </Paragraph>
      <form className="board-import__form" onSubmit={submit} noValidate>
        <Field>
          <Label>{t('import.board.file')}</Label>
          <Input
            type="file"
            accept=".json,application/json"
            onChange={(event) => void pick(event.target.files?.[0])}
            aria-invalid={picked.status === 'refused' || undefined}
          />
        </Field>
        {picked.status === 'reading' && (
          <Paragraph data-size="sm">{t('import.board.reading')}</Paragraph>
        )}
        {picked.status === 'refused' && (
          <Alert data-color="danger" data-size="sm">
            {picked.message}
          </Alert>
        )}
        {board && (
          <>
            <Paragraph data-size="sm" role="status">
              {t('import.board.summary', {
                title: board.title,
                actors: board.actors.length,
                relations: board.relations.length,
                journeys: board.journeys.length,
                touchpoints: board.touchpoints.length,
              })}
            </Paragraph>
            <Textfield
              label={t('import.board.title')}
              value={title}
              maxLength={TITLE_MAX}
              autoComplete="off"
              onChange={(event) => {
                setTitle(event.target.value)
                setTitleError(null)
              }}
              error={titleError ?? undefined}
            />
            <div>
              <Button type="submit" loading={busy} aria-disabled={busy || undefined}>
                {busy ? t('import.board.creating') : t('import.board.submit')}
              </Button>
            </div>
          </>
        )}
      </form>
      {failure && (
        <Alert data-color="danger" data-size="sm">
          {failure}
        </Alert>
      )}
    </section>
  )
}
