import type { Comment } from '../entities/Comment'
import { isValidId } from '../ids'
import type { ModelError } from '../result'

/**
 * The rules of a comment beyond its field specs: its target and author are ids, and a reply
 * does not name itself as its thread.
 */
export function commentRule(comment: Comment, changed: ReadonlySet<string>): ModelError | null {
  if (changed.has('targetId') && !isValidId(comment.targetId))
    return {
      code: 'invalid_type',
      entity: 'comment',
      field: 'targetId',
      message: 'comment.targetId: must be an id',
    }
  if (changed.has('authorId') && !isValidId(comment.authorId))
    return {
      code: 'invalid_type',
      entity: 'comment',
      field: 'authorId',
      message: 'comment.authorId: must be a participant id',
    }
  if (changed.has('threadId') && comment.threadId === comment.id)
    return {
      code: 'self_reference',
      entity: 'comment',
      field: 'threadId',
      message: 'comment.threadId: a comment cannot reply to itself',
    }
  return null
}
