import { Alert, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react'
import { intlLocale } from '@samkart/i18n'
import { useLocale, useT } from '@samkart/i18n/react'
import { useEffect, useId, useState } from 'react'
import { type ApiResult, type BoardSummary, listBoards } from '../api/boardsApi'
import { Link } from '../router/Link'
import { boardPath } from '../router/routes'

/** «Eksisterende tavler»: every board on this server, as links. */
export function BoardList() {
  const t = useT()
  const { locale } = useLocale()
  const headingId = useId()
  const [result, setResult] = useState<ApiResult<BoardSummary[]> | null>(null)

  useEffect(() => {
    let current = true
    void listBoards().then((r) => current && setResult(r))
    return () => {
      current = false
    }
  }, [])

  const date = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long' })
  const formatDate = (iso: string) => {
    const d = new Date(iso)
    return Number.isNaN(d.getTime()) ? iso : date.format(d)
  }

  return (
    <section className="board-list" aria-labelledby={headingId}>
      <Heading id={headingId} level={2} data-size="xs">
        {t('start.list.heading')}
      </Heading>
      {result === null ? (
        <div className="board-list__loading">
          <Spinner aria-hidden="true" data-size="sm" />
          <Paragraph data-size="sm">{t('start.list.loading')}</Paragraph>
        </div>
      ) : !result.ok ? (
        <Alert data-color="danger" data-size="sm">
          {t('start.list.error')}
        </Alert>
      ) : result.value.length === 0 ? (
        <Paragraph data-size="sm" className="muted">
          {t('start.list.empty')}
        </Paragraph>
      ) : (
        <ul className="board-list__items">
          {result.value.map((board) => (
            <li key={board.id} className="board-list__item">
              <Link href={boardPath(board.id)} className="board-list__link">
                {board.title}
              </Link>
              <span className="board-list__date">
                {t('start.list.createdAt', { date: formatDate(board.createdAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
