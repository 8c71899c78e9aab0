import { Button, Tag } from '@digdir/designsystemet-react'
import type { PresencePeer } from '@samkart/collab'
import { useT } from '@samkart/i18n/react'
import { type CommentThread, replyToThread, setThreadResolved } from '@samkart/model'
import type * as Y from 'yjs'
import { COMMENT_ORIGIN } from './commentOrigin'
import { CommentComposer } from './CommentComposer'
import { CommentItem } from './CommentItem'

/** Props of {@link ThreadView}. */
export interface ThreadViewProps {
  doc: Y.Doc
  thread: CommentThread
  participantId: string
  authorName: () => string
  canWrite: boolean
  /** May resolve and reopen this thread (writers any; a viewer their own). */
  canResolve: boolean
  people: readonly PresencePeer[]
}

/** One thread: its comments in order, «Marker som løst» / «Gjenåpne», and a reply field. */
export function ThreadView({
  doc,
  thread,
  participantId,
  authorName,
  canWrite,
  canResolve,
  people,
}: ThreadViewProps) {
  const t = useT()
  const starter = thread.first.authorName || '?'
  return (
    <section
      className="comment-thread"
      data-resolved={thread.resolved || undefined}
      aria-label={t('comments.thread.label', { author: starter })}
    >
      <div className="comment-thread__head">
        {thread.resolved && (
          <Tag data-size="sm" data-color="success">
            {t('comments.thread.resolved')}
          </Tag>
        )}
        {canResolve && (
          <Button
            data-size="sm"
            variant="tertiary"
            onClick={() =>
              setThreadResolved(doc, thread.id, !thread.resolved, { origin: COMMENT_ORIGIN })
            }
          >
            {thread.resolved ? t('comments.thread.reopen') : t('comments.thread.resolve')}
          </Button>
        )}
      </div>
      {[thread.first, ...thread.replies].map((comment) => (
        <CommentItem
          key={comment.id}
          doc={doc}
          comment={comment}
          participantId={participantId}
          canWrite={canWrite}
          people={people}
        />
      ))}
      {canWrite && !thread.resolved && (
        <CommentComposer
          label={t('comments.reply.label')}
          submitLabel={t('comments.reply.submit')}
          people={people}
          onSubmit={(text, mentions) =>
            replyToThread(
              doc,
              thread.id,
              { text, mentions, authorId: participantId, authorName: authorName() },
              { origin: COMMENT_ORIGIN },
            ).ok
          }
        />
      )}
    </section>
  )
}
