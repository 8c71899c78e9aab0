import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react'
import { useLocale, useT } from '@samkart/i18n/react'
import { useState } from 'react'
import { actOnVote } from '../../api/votesApi'
import type { WorkshopContext } from '../WorkshopTab'
import { StartVoteForm } from './StartVoteForm'
import { VoteBallot } from './VoteBallot'
import { VoteResults } from './VoteResults'
import { useLatestVote } from './useLatestVote'
import { voteErrorText } from './voteErrorText'
import './voting.css'

/**
 * «Avstemning» in the workshop rail: the newest vote of the board. Everyone with a link may
 * place dots, viewers too; the facilitator starts, closes and reveals. The public state comes
 * from the board (written by the server), one's own dots from the server alone.
 */
export function VotingPanel(context: WorkshopContext) {
  const t = useT()
  const { locale } = useLocale()
  const { session, boardId, token, role } = context
  const vote = useLatestVote(session.doc)
  const facilitator = role === 'facilitator'
  const [error, setError] = useState('')

  const act = async (action: 'close' | 'reveal') => {
    if (!vote) return
    const done = await actOnVote(boardId, token, vote.id, action)
    setError(done.ok ? '' : voteErrorText(t, done.error))
  }

  return (
    <div className="voting-panel">
      {vote && (
        <section className="voting-vote" aria-labelledby="voting-title">
          <Heading level={3} data-size="2xs" id="voting-title">
            {vote.title}
          </Heading>
          <div className="voting-meta">
            <Tag data-size="sm" data-color={vote.status === 'open' ? 'success' : 'neutral'}>
              {t(`voting.status.${vote.status}`)}
            </Tag>
            <Paragraph data-size="sm">{t('voting.voters', { count: vote.voters })}</Paragraph>
            {vote.status === 'open' && vote.endsAt > 0 && (
              <Paragraph data-size="sm">
                {t('voting.endsAt', {
                  time: new Date(vote.endsAt).toLocaleTimeString(locale, {
                    hour: '2-digit',
                    minute: '2-digit',
                  }),
                })}
              </Paragraph>
            )}
          </div>
          {vote.status === 'open' && <VoteBallot vote={vote} context={context} />}
          {vote.status === 'closed' && (
            <Paragraph data-size="sm">{t('voting.closedWait')}</Paragraph>
          )}
          {vote.status === 'revealed' && <VoteResults vote={vote} doc={session.doc} />}
          {facilitator && vote.status !== 'revealed' && (
            <div className="voting-actions">
              {vote.status === 'open' && (
                <Button data-size="sm" variant="secondary" onClick={() => void act('close')}>
                  {t('voting.close')}
                </Button>
              )}
              <Button data-size="sm" onClick={() => void act('reveal')}>
                {t('voting.reveal')}
              </Button>
            </div>
          )}
          {error && <Paragraph data-size="sm">{error}</Paragraph>}
        </section>
      )}
      {!vote && (
        <Paragraph data-size="sm">
          {facilitator ? t('voting.none') : t('voting.noneParticipant')}
        </Paragraph>
      )}
      {facilitator && vote?.status !== 'open' && <StartVoteForm {...context} />}
    </div>
  )
}
