import { Button, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { DeadEndPage } from '../components/DeadEndPage'
import type { Refusal } from './refusal'

/**
 * The board page when the server will not let this browser in (or has just thrown it out): why,
 * in words, and what to do. Replaces the board, since nothing on it is current any more.
 */
export function RefusalPage({ refusal }: { refusal: Refusal }) {
  const t = useT()
  return (
    <DeadEndPage
      title={
        refusal === 'rate_limited'
          ? t('access.refused.rateLimitedHeading')
          : t('access.refused.heading')
      }
      backLabel={t('access.refused.back')}
    >
      <Paragraph>{t(`access.refused.${refusal}`)}</Paragraph>
      {refusal === 'rate_limited' && (
        <Button variant="secondary" onClick={() => window.location.reload()}>
          {t('board.reload')}
        </Button>
      )}
    </DeadEndPage>
  )
}
