import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useEffect } from 'react'
import { AppHeader } from '../components/AppHeader'
import { Link } from '../router/Link'
import { usePageHeading } from '../router/usePageHeading'

/** Props of {@link NotFoundPage}. */
export interface NotFoundPageProps {
  /** A board link that led nowhere, rather than an unknown page. */
  board?: boolean
}

/** A friendly dead end with the way back to the list of boards. */
export function NotFoundPage({ board = false }: NotFoundPageProps) {
  const t = useT()
  const heading = usePageHeading<HTMLHeadingElement>()
  const title = board ? t('board.notFound.heading') : t('page.notFound.heading')
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`
  }, [title, t])

  return (
    <>
      <AppHeader />
      <main id="main" className="page page--narrow" tabIndex={-1}>
        <div className="card not-found">
          <Heading ref={heading} tabIndex={-1} level={1} data-size="md">
            {title}
          </Heading>
          <Paragraph>{board ? t('board.notFound.body') : t('page.notFound.body')}</Paragraph>
          <Paragraph>
            <Link href="/">{t('board.notFound.link')}</Link>
          </Paragraph>
        </div>
      </main>
    </>
  )
}
