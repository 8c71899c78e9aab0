import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { type ReactNode, useEffect } from 'react'
import { Link } from '../router/Link'
import { usePageHeading } from '../router/usePageHeading'
import { AppHeader } from './AppHeader'

/** Props of {@link DeadEndPage}. */
export interface DeadEndPageProps {
  /** The page's heading, also its document title. */
  title: string
  /** Text of the link back to the start page. */
  backLabel: string
  /** What happened and what to do, between the heading and the way back. */
  children: ReactNode
}

/**
 * A page that ends here (nothing found, no access): a focused heading that says so, the
 * explanation, and the way back to the start page.
 */
export function DeadEndPage({ title, backLabel, children }: DeadEndPageProps) {
  const t = useT()
  const heading = usePageHeading<HTMLHeadingElement>()
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
          {children}
          <Paragraph>
            <Link href="/">{backLabel}</Link>
          </Paragraph>
        </div>
      </main>
    </>
  )
}
