import { Button, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useEffect } from 'react'
import { AppHeader } from '../components/AppHeader'
import { Link } from '../router/Link'
import { usePageHeading } from '../router/usePageHeading'
import type { Refusal } from './refusal'

/**
 * The board page when the server will not let this browser in (or has just thrown it out): why,
 * in words, and what to do. Replaces the board, since nothing on it is current any more.
 */
export function RefusalPage({ refusal }: { refusal: Refusal }) {
  const t = useT()
  const heading = usePageHeading<HTMLHeadingElement>()
  const title =
    refusal === 'rate_limited'
      ? t('access.refused.rateLimitedHeading')
      : t('access.refused.heading')
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
          <Paragraph>{t(`access.refused.${refusal}`)}</Paragraph>
          {refusal === 'rate_limited' && (
            <Button variant="secondary" onClick={() => window.location.reload()}>
              {t('board.reload')}
            </Button>
          )}
          <Paragraph>
            <Link href="/">{t('access.refused.back')}</Link>
          </Paragraph>
        </div>
      </main>
    </>
  )
}
