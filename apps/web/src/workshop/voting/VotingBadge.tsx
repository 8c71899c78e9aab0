import { useT } from '@samkart/i18n/react'
import type { WorkshopContext } from '../WorkshopTab'
import { useLatestVote } from './useLatestVote'
import { useMyDots } from './myDotsStore'

/** The rail button's count: the dots this person has left in the open vote. */
export function VotingBadge({ session, boardId, token }: WorkshopContext) {
  const t = useT()
  const vote = useLatestVote(session.doc)
  const open = vote?.status === 'open' ? vote : undefined
  const mine = useMyDots(boardId, token, session.participantId, open?.id)
  if (!open || !mine) return null
  return (
    <span className="workshop-rail__badge">
      <span aria-hidden="true">{mine.left}</span>
      <span className="samkart-visually-hidden">{t('voting.badge', { left: mine.left })}</span>
    </span>
  )
}

/** Three dots (decorative: the tab's label names the button). */
export function VotingIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <g fill="currentColor">
        <circle cx="6" cy="8" r="3" />
        <circle cx="16" cy="6" r="3" />
        <circle cx="12" cy="17" r="3" />
      </g>
    </svg>
  )
}
