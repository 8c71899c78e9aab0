import { useT } from '@samkart/i18n/react'
import type { Phase } from '@samkart/model'
import { CommentIcon } from './CommentBadge'
import { useCommentsBridge } from './CommentsBridge'
import { useCommentCount } from './useCommentCount'

/**
 * A phase's small comment button in its header, also for viewers: a speech bubble with the
 * number of open threads, which opens the phase's threads in the «Kommentarer» panel.
 */
export function PhaseCommentsButton({ phase }: { phase: Phase }) {
  const t = useT()
  const bridge = useCommentsBridge()
  const count = useCommentCount('phase', phase.id)
  if (!bridge) return null
  const label = t('comments.openItem.phase', { title: phase.title })
  return (
    <button
      type="button"
      className="journey-phase__comments"
      data-focus={`phase-comments-${phase.id}`}
      aria-label={count > 0 ? `${label} (${t('comments.itemBadge', { count })})` : label}
      title={label}
      onClick={() => bridge.open({ kind: 'phase', id: phase.id })}
    >
      <CommentIcon />
      {count > 0 && <span aria-hidden="true">{count}</span>}
    </button>
  )
}
