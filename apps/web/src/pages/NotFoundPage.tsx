import { Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { DeadEndPage } from '../components/DeadEndPage'

/** Props of {@link NotFoundPage}. */
export interface NotFoundPageProps {
  /** A board link that led nowhere, rather than an unknown page. */
  board?: boolean
}

/** A friendly dead end with the way back to the list of boards. */
export function NotFoundPage({ board = false }: NotFoundPageProps) {
  const t = useT()
  return (
    <DeadEndPage
      title={board ? t('board.notFound.heading') : t('page.notFound.heading')}
      backLabel={t('board.notFound.link')}
    >
      <Paragraph>{board ? t('board.notFound.body') : t('page.notFound.body')}</Paragraph>
    </DeadEndPage>
  )
}
