import { useT } from '@samkart/i18n/react'
import type { CommentTargetKind } from '@samkart/model'
import { useCommentCount } from './useCommentCount'
import './comments.css'

/**
 * A small speech bubble with the number of open comment threads on an item, in a corner where
 * it does not cover the item's name; nothing when there are none. Seen, and heard through its
 * hidden text unless `silent` (where the item's own description says it already).
 */
export function CommentBadge({
  kind,
  id,
  silent = false,
}: {
  kind: CommentTargetKind
  id: string
  silent?: boolean
}) {
  const t = useT()
  const count = useCommentCount(kind, id)
  if (count === 0) return null
  const label = t('comments.itemBadge', { count })
  return (
    <span className="samkart-comment-badge" title={label} data-comment-badge={kind}>
      <span aria-hidden="true">
        <CommentIcon />
        {count}
      </span>
      {!silent && <span className="ds-sr-only"> {label}</span>}
    </span>
  )
}

/** The item's open threads, for a screen reader's description of the item; else nothing. */
export function CommentCountNote({ kind, id }: { kind: CommentTargetKind; id: string }) {
  const t = useT()
  const count = useCommentCount(kind, id)
  if (count === 0) return null
  return <span> {t('comments.itemBadge', { count })}.</span>
}

/** A speech bubble (decorative). */
export function CommentIcon() {
  return (
    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path
        d="M2 3.5A1.5 1.5 0 0 1 3.5 2h9A1.5 1.5 0 0 1 14 3.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3 3v-3h-.5A1.5 1.5 0 0 1 2 9.5z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  )
}
