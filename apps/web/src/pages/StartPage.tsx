import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useEffect } from 'react'
import { useRecentBoards } from '../access/useRecentBoards'
import { AppHeader } from '../components/AppHeader'
import { BoardImportForm } from '../import/BoardImportForm'
import { Link } from '../router/Link'
import { ADMIN_PATH } from '../router/routes'
import { usePageHeading } from '../router/usePageHeading'
import { BoardList } from './BoardList'
import { CreateBoardForm } from './CreateBoardForm'

/** `/`: create a board, or open one. */
export function StartPage() {
  const t = useT()
  const heading = usePageHeading<HTMLHeadingElement>()
  // Someone coming back mostly wants their boards: they come first once there are any.
  const returning = useRecentBoards().length > 0
  useEffect(() => {
    document.title = `${t('start.title')} – ${t('app.name')}`
  }, [t])

  return (
    <>
      <AppHeader />
      <main id="main" className="page page--narrow" tabIndex={-1}>
        <div className="page__intro">
          <Heading ref={heading} tabIndex={-1} level={1} data-size="lg">
            {t('start.title')}
          </Heading>
          <Paragraph className="muted">{t('access.start.intro')}</Paragraph>
        </div>
        {returning && <BoardList />}
        <CreateBoardForm />
        <BoardImportForm />
        {!returning && <BoardList />}
        <Paragraph data-size="sm">
          <Link href={ADMIN_PATH}>{t('admin.link')}</Link>
        </Paragraph>
      </main>
    </>
  )
}
