import { Alert, Heading, Label, Paragraph, Search } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { AdminBoardListing } from '@samkart/model'
import { useCallback, useEffect, useId, useState } from 'react'
import { readAdminToken, storeAdminToken } from '../access/adminToken'
import { apiErrorText } from '../access/apiErrorText'
import { shareUrl } from '../access/tokenFragment'
import { adminFacilitatorToken, deleteBoardAsAdmin, listAllBoards } from '../api/adminApi'
import { type ApiError, duplicateBoard } from '../api/boardsApi'
import { AppHeader } from '../components/AppHeader'
import { usePageHeading } from '../router/usePageHeading'
import { AdminBoardTable } from './AdminBoardTable'
import { AdminKeyForm } from './AdminKeyForm'

/**
 * `/admin`: every board on the server, for whoever holds the administrator key: title,
 * created, last edited, people on it now and size, with search, and open (as facilitator),
 * copy and delete. Everyone else has «Tavler du har åpnet» on the start page.
 */
export function AdminPage() {
  const t = useT()
  const heading = usePageHeading<HTMLHeadingElement>()
  const searchId = useId()
  const [key, setKey] = useState(readAdminToken)
  const [boards, setBoards] = useState<AdminBoardListing[] | null>(null)
  const [keyError, setKeyError] = useState<string | undefined>()
  const [query, setQuery] = useState('')
  const [message, setMessage] = useState('')
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    document.title = `${t('admin.title')} – ${t('app.name')}`
  }, [t])

  const fail = useCallback(
    (error: ApiError) => {
      setMessage('')
      setFailure(apiErrorText(t, error, { entity: 'board', field: 'title' }))
    },
    [t],
  )

  const load = useCallback(
    async (adminKey: string) => {
      const result = await listAllBoards(adminKey)
      if (result.ok) {
        storeAdminToken(adminKey)
        setKeyError(undefined)
        return setBoards(result.value)
      }
      if (
        result.error.kind === 'http' &&
        (result.error.status === 403 || result.error.status === 401)
      ) {
        storeAdminToken('')
        setKey('')
        setBoards(null)
        return setKeyError(t('admin.key.wrong'))
      }
      fail(result.error)
    },
    [fail, t],
  )

  useEffect(() => {
    if (key) void load(key)
  }, [key, load])

  const open = async (board: AdminBoardListing) => {
    const result = await adminFacilitatorToken(board.id, key)
    if (!result.ok) return fail(result.error)
    window.location.assign(shareUrl(window.location.origin, board.id, result.value))
  }
  const copy = async (board: AdminBoardListing) => {
    const title = t('access.board.duplicate.title', { title: board.title })
    const result = await duplicateBoard(board.id, title, null, { adminToken: key })
    if (!result.ok) return fail(result.error)
    setFailure(null)
    setMessage(t('access.board.duplicated', { title: result.value.title }))
    await load(key)
  }
  const remove = async (board: AdminBoardListing) => {
    const result = await deleteBoardAsAdmin(board.id, key)
    if (!result.ok) return fail(result.error)
    setFailure(null)
    setMessage(t('access.board.deleted', { title: board.title }))
    await load(key)
  }

  const needle = query.trim().toLocaleLowerCase()
  const shown = (boards ?? []).filter(
    (b) => !needle || b.title.toLocaleLowerCase().includes(needle) || b.id.includes(query.trim()),
  )

  return (
    <>
      <AppHeader />
      <main id="main" className="page" tabIndex={-1}>
        <div className="page__intro">
          <Heading ref={heading} tabIndex={-1} level={1} data-size="lg">
            {t('admin.title')}
          </Heading>
          <Paragraph className="muted">{t('admin.intro')}</Paragraph>
        </div>
        {boards === null ? (
          <AdminKeyForm onSubmit={setKey} error={keyError} />
        ) : (
          <>
            <Label htmlFor={searchId}>{t('admin.search')}</Label>
            <Search className="admin-search">
              <Search.Input
                id={searchId}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
              <Search.Clear aria-label={t('admin.search.clear')} onClick={() => setQuery('')} />
            </Search>
            <p className="board-list__message" aria-live="polite">
              {message || t('admin.count', { shown: shown.length, total: boards.length })}
            </p>
            {failure && (
              <Alert data-color="danger" data-size="sm">
                {failure}
              </Alert>
            )}
            <AdminBoardTable boards={shown} onOpen={open} onCopy={copy} onDelete={remove} />
          </>
        )}
      </main>
    </>
  )
}
