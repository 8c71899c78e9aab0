import { useT } from '@samkart/i18n/react'
import { commentsMentioning } from '@samkart/model'
import type { WorkshopContext } from '../WorkshopTab'
import { useComments } from './CommentsContext'
import { useStore } from './useStore'

/** The number of mentions of this person they have not yet seen, on the rail's button. */
export function CommentsRailBadge({ session }: WorkshopContext) {
  const comments = useComments()
  if (!comments) return null
  return <MentionCount comments={comments} participantId={session.participantId} />
}

function MentionCount({
  comments: { model, seen },
  participantId,
}: {
  comments: NonNullable<ReturnType<typeof useComments>>
  participantId: string
}) {
  const t = useT()
  const threads = useStore(model.threads)
  const seenIds = useStore(seen)
  const count = commentsMentioning(threads, participantId).filter((c) => !seenIds.has(c.id)).length
  if (count === 0) return null
  return (
    <span className="workshop-rail__badge">
      <span aria-hidden="true">{count}</span>
      <span className="ds-sr-only">{t('comments.badge.mentions', { count })}</span>
    </span>
  )
}
