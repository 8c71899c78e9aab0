import { Alert, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react'
import { ConfirmDialog, HeadedDialog } from '@samkart/canvas'
import { useT } from '@samkart/i18n/react'
import { type BoardVersion, boardSnapshot } from '@samkart/model'
import { useCallback, useEffect, useState } from 'react'
import type * as Y from 'yjs'
import {
  createNamedVersion,
  fetchVersionState,
  listVersions,
  restoreVersion,
} from '../api/versionsApi'
import { apiErrorText } from '../access/apiErrorText'
import { ComparePicker } from './ComparePicker'
import {
  type CompareSide,
  type HistoryView,
  comparison,
  versionDoc,
  versionSnapshot,
} from './historyView'
import { NameVersionForm } from './NameVersionForm'
import { VersionList } from './VersionList'
import { versionTitle } from './versionText'
import './history.css'

/** Props of {@link HistoryPanel}. */
export interface HistoryPanelProps {
  open: boolean
  onClose: () => void
  boardId: string
  token: string | null
  /** The live board, for comparing with «Nå». */
  doc: Y.Doc
  canEdit: boolean
  canRestore: boolean
  /** The participant's name, recorded with versions they make or restore. */
  author: () => string
  onView: (view: HistoryView) => void
}

type Versions =
  | { state: 'loading' }
  | { state: 'failed'; error: string }
  | { state: 'ready'; versions: BoardVersion[] }

/**
 * «Historikk»: save the board as a named version (editors), the list of versions (each can be
 * opened read-only, and restored by facilitators after a confirmation), and a choice of two
 * versions (or a version and now) to compare. Fetched afresh each time it opens.
 */
export function HistoryPanel(props: HistoryPanelProps) {
  const { open, onClose, boardId, token, doc, onView } = props
  const t = useT()
  const [versions, setVersions] = useState<Versions>({ state: 'loading' })
  const [message, setMessage] = useState('')
  const [error, setError] = useState('')
  const [restoring, setRestoring] = useState<BoardVersion | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    const result = await listVersions(boardId, token)
    setVersions(
      result.ok
        ? { state: 'ready', versions: result.value }
        : {
            state: 'failed',
            error:
              result.error.kind === 'http' && result.error.code === 'forbidden_role'
                ? t('history.list.forbidden')
                : apiErrorText(t, result.error),
          },
    )
  }, [boardId, token, t])

  useEffect(() => {
    if (!open) return
    setMessage('')
    setError('')
    setVersions({ state: 'loading' })
    void load()
  }, [open, load])

  const save = async (name: string) => {
    const result = await createNamedVersion(boardId, token, name, props.author())
    if (!result.ok) return apiErrorText(t, result.error)
    setMessage(t('history.saved', { name: result.value.name ?? name }))
    await load()
    return null
  }

  const openVersion = async (version: BoardVersion) => {
    setBusy(true)
    const state = await fetchVersionState(boardId, token, version.id)
    setBusy(false)
    if (!state.ok) return setError(t('history.loadFailed'))
    onView({ mode: 'version', version, doc: versionDoc(state.value) })
    onClose()
  }

  const compare = async (beforeId: string | null, afterId: string | null) => {
    if (versions.state !== 'ready') return
    const side = async (id: string | null): Promise<CompareSide | null> => {
      if (id === null) return { version: null, snapshot: boardSnapshot(doc) }
      const version = versions.versions.find((v) => v.id === id)
      const state = await fetchVersionState(boardId, token, id)
      return version && state.ok ? { version, snapshot: versionSnapshot(state.value) } : null
    }
    setBusy(true)
    const [before, after] = await Promise.all([side(beforeId), side(afterId)])
    setBusy(false)
    if (!before || !after) return setError(t('history.loadFailed'))
    onView(comparison(before, after))
    onClose()
  }

  const restore = async (version: BoardVersion) => {
    setRestoring(null)
    setBusy(true)
    const result = await restoreVersion(boardId, token, version.id, props.author())
    setBusy(false)
    if (!result.ok) return setError(apiErrorText(t, result.error))
    setMessage(t('history.restored', { version: versionTitle(t, version) }))
    onView({ mode: 'live' })
    await load()
  }

  return (
    <>
      <HeadedDialog
        open={open}
        onClose={onClose}
        closeLabel={t('history.close')}
        heading={t('history.heading')}
      >
        <div className="history-panel">
          {props.canEdit && <NameVersionForm onSave={save} />}
          <div aria-live="polite" className="history-panel__status">
            {message && <Paragraph data-size="sm">{message}</Paragraph>}
            {busy && <Spinner aria-hidden="true" data-size="sm" />}
          </div>
          {error && (
            <Alert data-color="danger" data-size="sm">
              {error}
            </Alert>
          )}
          {versions.state === 'ready' && versions.versions.length > 0 && (
            <ComparePicker versions={versions.versions} onCompare={compare} />
          )}
          <section aria-labelledby="history-list-heading">
            <Heading id="history-list-heading" level={3} data-size="2xs">
              {t('history.list.heading')}
            </Heading>
            {versions.state === 'loading' && (
              <Paragraph data-size="sm">{t('history.list.loading')}</Paragraph>
            )}
            {versions.state === 'failed' && (
              <Alert data-color="warning" data-size="sm">
                {versions.error}
              </Alert>
            )}
            {versions.state === 'ready' && (
              <VersionList
                versions={versions.versions}
                canRestore={props.canRestore}
                onOpen={(v) => void openVersion(v)}
                onRestore={setRestoring}
              />
            )}
          </section>
        </div>
      </HeadedDialog>
      <ConfirmDialog
        open={restoring !== null}
        heading={
          restoring ? t('history.restore.heading', { version: versionTitle(t, restoring) }) : ''
        }
        confirmLabel={t('history.restore.confirm')}
        onConfirm={() => restoring && void restore(restoring)}
        onClose={() => setRestoring(null)}
      >
        <Paragraph data-size="sm">{t('history.restore.body')}</Paragraph>
      </ConfirmDialog>
    </>
  )
}
