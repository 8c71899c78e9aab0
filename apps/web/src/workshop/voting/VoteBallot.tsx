import { Button, Paragraph, ValidationMessage } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { type PublicVote, voteItemLabel } from '@samkart/model'
import { useState } from 'react'
import { putMyDots } from '../../api/votesApi'
import type { WorkshopContext } from '../WorkshopTab'
import { storeMyDots, useMyDots } from './myDotsStore'
import { voteErrorText } from './voteErrorText'

/**
 * An open vote's items, each with «Gi en prikk» / «Ta tilbake en prikk», and the dots left,
 * said politely as they change. Only this person's own dots are shown: nobody else's exist in
 * this browser before the reveal.
 */
export function VoteBallot({ vote, context }: { vote: PublicVote; context: WorkshopContext }) {
  const t = useT()
  const { session, boardId, token } = context
  const mine = useMyDots(boardId, token, session.participantId, vote.id)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const dots = mine?.dots ?? {}
  const left = mine?.left ?? vote.dotsPerPerson

  const change = async (itemId: string, by: 1 | -1) => {
    if (busy || (by === 1 && left <= 0) || (by === -1 && !dots[itemId])) return
    const next = { ...dots, [itemId]: (dots[itemId] ?? 0) + by }
    setBusy(true)
    const answer = await putMyDots(boardId, token, vote.id, session.participantId, next)
    setBusy(false)
    if (answer.ok) storeMyDots(boardId, answer.value)
    setError(answer.ok ? '' : voteErrorText(t, answer.error))
  }

  const items = vote.items
    .map((item) => ({ item, label: voteItemLabel(session.doc, item) }))
    .filter(
      (entry): entry is { item: (typeof vote.items)[number]; label: string } =>
        entry.label !== null,
    )
    .sort((a, b) => a.label.localeCompare(b.label, 'nb'))
  return (
    <>
      <Paragraph data-size="sm" aria-live="polite" className="voting-left">
        {t('voting.left', { left, total: vote.dotsPerPerson })}
      </Paragraph>
      {error && <ValidationMessage data-size="sm">{error}</ValidationMessage>}
      <ul className="voting-items" aria-label={t('voting.items')}>
        {items.map(({ item, label }) => {
          const count = dots[item.id] ?? 0
          const name = label || t('voting.deleted')
          return (
            <li key={item.id} className="voting-item">
              <span className="voting-item__label">{name}</span>
              <span className="voting-item__dots" aria-hidden={count === 0}>
                {'●'.repeat(count)}
                <span className="samkart-visually-hidden">{t('voting.mine', { count })}</span>
              </span>
              <Button
                data-size="sm"
                variant="secondary"
                icon
                aria-label={t('voting.take', { item: name })}
                aria-disabled={count === 0 || undefined}
                onClick={() => void change(item.id, -1)}
              >
                <span aria-hidden="true">−</span>
              </Button>
              <Button
                data-size="sm"
                variant="secondary"
                icon
                aria-label={t('voting.give', { item: name })}
                aria-disabled={left <= 0 || undefined}
                onClick={() => void change(item.id, 1)}
              >
                <span aria-hidden="true">+</span>
              </Button>
            </li>
          )
        })}
      </ul>
    </>
  )
}
