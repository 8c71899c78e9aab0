import * as Y from 'yjs'
import {
  META_ROOT,
  type ParticipantId,
  type Role,
  VIEWERS_MAY_COMMENT,
  entitySpecs,
  mayWrite,
  viewersMayComment,
} from '@samkart/model'
import type { WriteAccess, WriteScope } from './WriteScope'

const COMMENTS_ROOT = entitySpecs.comment.root

/**
 * A viewer's write scope while the facilitator lets viewers comment: only entries of the
 * `comments` root, each of which after the update is authored by this participant; an existing
 * comment must already have been theirs (its `authorId` not written, the entry not replaced);
 * nothing removed. Editing someone else's comment, touching anything else, or claiming another
 * author is refused, and the whole update is dropped and counted.
 */
export function viewerCommentScope(participantId: ParticipantId): WriteScope {
  return (entries, doc) => {
    const comments = doc.getMap<unknown>(COMMENTS_ROOT)
    for (const entry of entries) {
      if (entry.root !== COMMENTS_ROOT) return `a viewer may write only comments, not ${entry.root}`
      if (entry.removed) return 'a viewer may not remove comments'
      if (!entry.added && (entry.fields === null || entry.fields.has('authorId')))
        return "a viewer may not take over another's comment"
      const comment = comments.get(entry.key)
      if (!(comment instanceof Y.Map) || comment.get('authorId') !== participantId)
        return 'a viewer may write only their own comments'
    }
    return null
  }
}

/** An editor's scope: anything but the facilitator's permission for viewers to comment. */
const notThePermission: WriteScope = (entries) =>
  entries.some((e) => e.root === META_ROOT && e.key === VIEWERS_MAY_COMMENT)
    ? `meta.${VIEWERS_MAY_COMMENT} is the facilitator's to change`
    : null

/**
 * What a role may write given the comment rules (docs/doc-schema.md, «comments»): facilitators
 * everything; editors everything except `meta.viewersMayComment` (an update that changes it is
 * refused whole, dropped and counted; the web app never offers editors the switch); viewers
 * their own comments while `viewersMayComment` is on, else nothing.
 */
export function commentAccess(role: Role, participantId: ParticipantId, doc: Y.Doc): WriteAccess {
  if (role === 'facilitator') return { kind: 'all' }
  if (mayWrite(role)) return { kind: 'scoped', scope: notThePermission }
  return viewersMayComment(doc)
    ? { kind: 'scoped', scope: viewerCommentScope(participantId) }
    : { kind: 'none' }
}
