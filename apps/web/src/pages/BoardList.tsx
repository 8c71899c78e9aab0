import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react'
import { intlLocale } from '@samkart/i18n'
import { useLocale, useT } from '@samkart/i18n/react'
import { TITLE_MAX } from '@samkart/model'
import { useId, useState } from 'react'
import { readAdminToken } from '../access/adminToken'
import { apiErrorText } from '../access/apiErrorText'
import { DeleteBoardDialog } from '../access/DeleteBoardDialog'
import type { RecentBoard } from '../access/recentBoards'
import { RenameBoardDialog } from '../access/RenameBoardDialog'
import { canEdit, canManage } from '../access/roles'
import { recentBoards, useRecentBoards } from '../access/useRecentBoards'
import { type ApiError, deleteBoard, duplicateBoard } from '../api/boardsApi'
import { Link } from '../router/Link'
import { boardPath } from '../router/routes'
import '../access/access.css'

/**
 * «Tavler du har åpnet»: the boards this browser has created or opened (the server's own list
 * is for administrators), newest first, each with what its role allows: rename and copy for
 * editors, delete for facilitators, and taking it off this list for anyone.
 */
export function BoardList() {
  const t = useT()
  const { locale } = useLocale()
  const headingId = useId()
  const boards = useRecentBoards()
  const [renaming, setRenaming] = useState<RecentBoard | null>(null)
  const [deleting, setDeleting] = useState<RecentBoard | null>(null)
  const [message, setMessage] = useState('')
  const [failure, setFailure] = useState<string | null>(null)

  const date = new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeStyle: 'short',
  })
  const formatDate = (iso: string) => {
    const d = new Date(iso)
    return Number.isNaN(d.getTime()) ? iso : date.format(d)
  }
  const say = (text: string) => {
    setFailure(null)
    setMessage(text)
  }
  /** A refused request: the board is gone (drop it), the token is refused (note it), or else. */
  const fail = (board: RecentBoard, error: ApiError) => {
    if (error.kind === 'http' && error.status === 404) recentBoards().forget(board.id)
    setMessage('')
    setFailure(apiErrorText(t, error, { entity: 'board', field: 'title' }))
  }

  const duplicate = async (board: RecentBoard) => {
    const title = t('access.board.duplicate.title', { title: board.title }).slice(0, TITLE_MAX)
    const adminToken = readAdminToken()
    const result = await duplicateBoard(
      board.id,
      title,
      board.token,
      adminToken ? { adminToken } : {},
    )
    if (!result.ok) return fail(board, result.error)
    const copy = result.value
    recentBoards().remember({ id: copy.id, title: copy.title, token: copy.token, role: copy.role })
    say(t('access.board.duplicated', { title: copy.title }))
  }

  const remove = async (board: RecentBoard) => {
    setDeleting(null)
    const result = await deleteBoard(board.id, board.token)
    if (!result.ok) return fail(board, result.error)
    recentBoards().forget(board.id)
    say(t('access.board.deleted', { title: board.title }))
  }

  const forget = (board: RecentBoard) => {
    recentBoards().forget(board.id)
    say(t('access.board.forgotten', { title: board.title }))
  }

  return (
    <section className="board-list" aria-labelledby={headingId}>
      <Heading id={headingId} level={2} data-size="xs">
        {t('access.recent.heading')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('access.recent.intro')}
      </Paragraph>
      {/* Announced without moving focus, which stays where the user was in the list. */}
      <p className="board-list__message" aria-live="polite">
        {message}
      </p>
      {failure && (
        <Alert data-color="danger" data-size="sm">
          {failure}
        </Alert>
      )}
      {boards.length === 0 ? (
        <Paragraph data-size="sm" className="muted">
          {t('access.recent.empty')}
        </Paragraph>
      ) : (
        <ul className="board-list__items">
          {boards.map((board) => {
            const title = board.title || t('board.untitled')
            const editable = !board.refused && board.role !== null && canEdit(board.role)
            return (
              <li key={board.id} className="board-list__item recent-board">
                <span className="recent-board__title">
                  <Link href={boardPath(board.id)} className="board-list__link">
                    {title}
                  </Link>
                  {board.role && (
                    <Tag data-size="sm" data-color="neutral">
                      {t(`access.role.${board.role}`)}
                    </Tag>
                  )}
                  {board.refused && (
                    <Tag data-size="sm" data-color="warning">
                      {t('access.recent.refused')}
                    </Tag>
                  )}
                </span>
                <span className="board-list__date">
                  {t('access.recent.lastOpened', { date: formatDate(board.lastOpened) })}
                </span>
                <div
                  className="recent-board__actions"
                  role="group"
                  aria-label={t('access.recent.actions', { title })}
                >
                  {editable && (
                    <>
                      <Button
                        data-size="sm"
                        variant="tertiary"
                        aria-label={t('access.board.rename.label', { title })}
                        onClick={() => setRenaming(board)}
                      >
                        {t('access.board.rename')}
                      </Button>
                      <Button
                        data-size="sm"
                        variant="tertiary"
                        aria-label={t('access.board.duplicate.label', { title })}
                        onClick={() => void duplicate(board)}
                      >
                        {t('access.board.duplicate')}
                      </Button>
                    </>
                  )}
                  {editable && board.role && canManage(board.role) && (
                    <Button
                      data-size="sm"
                      variant="tertiary"
                      data-color="danger"
                      aria-label={t('access.board.delete.label', { title })}
                      onClick={() => setDeleting(board)}
                    >
                      {t('access.board.delete')}
                    </Button>
                  )}
                  <Button
                    data-size="sm"
                    variant="tertiary"
                    aria-label={t('access.board.forget.label', { title })}
                    onClick={() => forget(board)}
                  >
                    {t('access.board.forget')}
                  </Button>
                </div>
              </li>
            )
          })}
        </ul>
      )}
      <RenameBoardDialog
        board={renaming}
        onClose={() => setRenaming(null)}
        onRenamed={(title) => say(t('access.board.renamed', { title }))}
        onFailed={(board, error) => {
          setRenaming(null)
          fail(board, error)
        }}
      />
      <DeleteBoardDialog
        board={deleting}
        onConfirm={(board) => void remove(board)}
        onClose={() => setDeleting(null)}
      />
    </section>
  )
}
