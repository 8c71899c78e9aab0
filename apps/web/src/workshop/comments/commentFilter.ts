import type { CommentTargetKind, CommentThread } from '@samkart/model'
import { threadComments } from '@samkart/model'

/** The panel's filter: by state, by who, by the kind of item. */
export interface CommentFilter {
  status: 'open' | 'resolved' | 'all'
  who: 'everyone' | 'mine' | 'mentions'
  kind: CommentTargetKind | 'all'
}

/** What the panel shows first: the open threads of everyone, on every kind of item. */
export const DEFAULT_COMMENT_FILTER: CommentFilter = {
  status: 'open',
  who: 'everyone',
  kind: 'all',
}

/**
 * Whether a thread passes the filter. «Mine» is a thread this participant wrote in, «Nevner
 * meg» one with a live comment mentioning them.
 */
export function threadMatches(
  thread: CommentThread,
  filter: CommentFilter,
  participantId: string,
): boolean {
  if (filter.status === 'open' && thread.resolved) return false
  if (filter.status === 'resolved' && !thread.resolved) return false
  if (filter.kind !== 'all' && thread.targetKind !== filter.kind) return false
  const comments = threadComments(thread)
  switch (filter.who) {
    case 'everyone':
      return true
    case 'mine':
      return comments.some((c) => c.authorId === participantId)
    case 'mentions':
      return comments.some((c) => !c.deleted && c.mentions.includes(participantId))
  }
}
