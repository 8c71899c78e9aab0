import { Button, Textfield } from '@digdir/designsystemet-react'
import { HeadedDialog } from '@samkart/canvas'
import { useErrorText, useT } from '@samkart/i18n/react'
import { TITLE_MAX, validateBoardTitle } from '@samkart/model'
import { type FormEvent, useState } from 'react'
import { type ApiError, renameBoard } from '../api/boardsApi'
import type { RecentBoard } from './recentBoards'
import { recentBoards } from './useRecentBoards'
import './access.css'

/** Props of {@link RenameBoardDialog}. */
export interface RenameBoardDialogProps {
  /** The board being renamed, or `null` when the dialog is closed. */
  board: RecentBoard | null
  onClose: () => void
  onRenamed: (title: string) => void
  /** A refusal that is not about the title (the token, the role, the network). */
  onFailed: (board: RecentBoard, error: ApiError) => void
}

/**
 * «Gi tavla nytt navn»: the title, checked with the model's rule first (the server applies
 * the same one); the new title reaches everyone on the board through its live document.
 */
export function RenameBoardDialog({ board, onClose, onRenamed, onFailed }: RenameBoardDialogProps) {
  const t = useT()
  return (
    <HeadedDialog
      open={board !== null}
      onClose={onClose}
      closeLabel={t('access.board.close')}
      heading={t('access.board.rename.heading')}
    >
      {board && (
        <RenameForm
          key={board.id}
          board={board}
          onCancel={onClose}
          onDone={(title) => {
            onClose()
            onRenamed(title)
          }}
          onFailed={onFailed}
        />
      )}
    </HeadedDialog>
  )
}

function RenameForm({
  board,
  onCancel,
  onDone,
  onFailed,
}: {
  board: RecentBoard
  onCancel: () => void
  onDone: (title: string) => void
  onFailed: (board: RecentBoard, error: ApiError) => void
}) {
  const t = useT()
  const errorText = useErrorText()
  const [title, setTitle] = useState(board.title)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    const invalid = validateBoardTitle(title)
    if (invalid) return setError(errorText(invalid))
    setBusy(true)
    const result = await renameBoard(board.id, title.trim(), board.token)
    setBusy(false)
    if (result.ok) {
      recentBoards().update(board.id, { title: result.value.title })
      return onDone(result.value.title)
    }
    const failure = result.error
    if (failure.kind === 'http' && failure.status === 400 && failure.code)
      return setError(
        errorText({ code: failure.code, entity: 'board', field: 'title', params: failure.params }),
      )
    onFailed(board, failure)
  }

  return (
    <form className="share-create__form" onSubmit={submit} noValidate>
      <Textfield
        label={t('start.create.titleLabel')}
        value={title}
        maxLength={TITLE_MAX}
        autoComplete="off"
        onChange={(event) => {
          setTitle(event.target.value)
          setError(null)
        }}
        error={error ?? undefined}
      />
      <div className="share-dialog__confirm">
        <Button type="submit" data-size="sm" loading={busy} aria-disabled={busy || undefined}>
          {t('access.board.rename.submit')}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={onCancel}>
          {t('access.board.cancel')}
        </Button>
      </div>
    </form>
  )
}
