import type * as Y from 'yjs'
import { readEntities } from '../doc/entityStore'
import { commentTargetExists, isCommentTargetKind } from './commentTargets'

/**
 * Ids of comments that can no longer be shown: the target is gone (deleted concurrently with
 * the comment's writing, or of a kind this board does not hold), or, for a reply, its thread's
 * first comment is gone or itself dangling.
 */
export function danglingComments(doc: Y.Doc): string[] {
  const comments = readEntities(doc, 'comment')
  const live = new Set<string>()
  const dangling: string[] = []
  for (const c of comments)
    if (
      c.threadId === '' &&
      isCommentTargetKind(c.targetKind) &&
      commentTargetExists(doc, c.targetKind, c.targetId)
    )
      live.add(c.id)
  for (const c of comments) {
    // A reply lives as long as its thread: it is shown under the thread's target.
    if (!live.has(c.threadId === '' ? c.id : c.threadId)) dangling.push(c.id)
  }
  return dangling
}
