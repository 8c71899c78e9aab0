import type * as Y from 'yjs'
import type { Comment, CommentTargetKind } from '../entities/Comment'
import { readEntities } from '../doc/entityStore'
import { commentTargetExists, isCommentTargetKind } from './commentTargets'

/** A thread as readers see it: the first comment, its replies in order, and its state. */
export interface CommentThread {
  /** The first comment's id. */
  id: string
  targetKind: CommentTargetKind
  targetId: string
  first: Comment
  /** Replies, oldest first. */
  replies: Comment[]
  resolved: boolean
  /** `createdAt`/`editedAt` of the latest comment, for sorting by activity. */
  lastActivity: string
}

const byTime = (a: Comment, b: Comment) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1

/** The key of a comment target in count maps: kind and id. */
export function commentTargetKey(kind: string, id: string): string {
  return `${kind}:${id}`
}

/**
 * Every thread on the board whose target exists, oldest first. Comments left dangling by a
 * concurrent delete (and not yet pruned) are left out, as are replies without a thread.
 */
export function readCommentThreads(doc: Y.Doc): CommentThread[] {
  const comments = readEntities(doc, 'comment').sort(byTime)
  const threads = new Map<string, CommentThread>()
  for (const c of comments)
    if (
      c.threadId === '' &&
      isCommentTargetKind(c.targetKind) &&
      commentTargetExists(doc, c.targetKind, c.targetId)
    )
      threads.set(c.id, {
        id: c.id,
        targetKind: c.targetKind,
        targetId: c.targetId,
        first: c,
        replies: [],
        resolved: c.resolved,
        lastActivity: c.editedAt > c.createdAt ? c.editedAt : c.createdAt,
      })
  for (const c of comments) {
    const thread = c.threadId === '' ? undefined : threads.get(c.threadId)
    if (!thread) continue
    thread.replies.push(c)
    const at = c.editedAt > c.createdAt ? c.editedAt : c.createdAt
    if (at > thread.lastActivity) thread.lastActivity = at
  }
  return [...threads.values()]
}

/** The threads on one item. */
export function threadsOn(
  threads: readonly CommentThread[],
  kind: CommentTargetKind,
  id: string,
): CommentThread[] {
  return threads.filter((t) => t.targetKind === kind && t.targetId === id)
}

/** Open (unresolved) threads per target, keyed by {@link commentTargetKey}; for badges. */
export function openThreadCounts(threads: readonly CommentThread[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const t of threads) {
    if (t.resolved) continue
    const key = commentTargetKey(t.targetKind, t.targetId)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** Every comment of the thread, first comment first. */
export function threadComments(thread: CommentThread): Comment[] {
  return [thread.first, ...thread.replies]
}

/** The live (not deleted) comments that mention `participantId`, in thread order. */
export function commentsMentioning(
  threads: readonly CommentThread[],
  participantId: string,
): Comment[] {
  return threads.flatMap((t) =>
    threadComments(t).filter((c) => !c.deleted && c.mentions.includes(participantId)),
  )
}
