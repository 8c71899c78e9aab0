import { Button, Paragraph, Tag } from '@digdir/designsystemet-react'
import type { PresencePeer } from '@samkart/collab'
import { useLocale, useT } from '@samkart/i18n/react'
import { type Comment, deleteComment, editComment } from '@samkart/model'
import { useState } from 'react'
import type * as Y from 'yjs'
import { COMMENT_ORIGIN } from './commentOrigin'
import { CommentComposer } from './CommentComposer'

/** Props of {@link CommentItem}. */
export interface CommentItemProps {
  doc: Y.Doc
  comment: Comment
  participantId: string
  /** This person may write comments now (their own may be edited and deleted). */
  canWrite: boolean
  people: readonly PresencePeer[]
}

/**
 * One comment: who wrote it and when, its text, «Nevner deg» and a highlight when it mentions
 * this person, and «Rediger» and «Slett» on their own. A deleted one reads «Kommentaren er
 * slettet» and keeps its place, so the replies under it still make sense.
 */
export function CommentItem({ doc, comment, participantId, canWrite, people }: CommentItemProps) {
  const t = useT()
  const { locale } = useLocale()
  const [editing, setEditing] = useState(false)
  const mine = comment.authorId === participantId
  const mentionsMe = !comment.deleted && comment.mentions.includes(participantId)
  const when = comment.createdAt
    ? new Date(comment.createdAt).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' })
    : ''
  return (
    <article
      className="comment-item"
      data-mentions-me={mentionsMe || undefined}
      aria-label={`${comment.authorName || '?'}, ${when}`}
    >
      <div className="comment-item__meta">
        <span className="comment-item__author">{comment.authorName || '?'}</span>
        <time dateTime={comment.createdAt}>{when}</time>
        {comment.editedAt && !comment.deleted && (
          <span className="comment-item__edited">({t('comments.edited')})</span>
        )}
        {mentionsMe && (
          <Tag data-size="sm" data-color="warning">
            {t('comments.thread.mentionsYou')}
          </Tag>
        )}
      </div>
      {comment.deleted ? (
        <Paragraph data-size="sm" className="comment-item__deleted">
          {t('comments.deleted')}
        </Paragraph>
      ) : editing ? (
        <CommentComposer
          label={t('comments.edit.label')}
          submitLabel={t('comments.save')}
          people={people}
          initialText={comment.text}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={(text, mentions) => {
            const merged = [...new Set([...comment.mentions, ...mentions])]
            const done = editComment(
              doc,
              comment.id,
              { text, mentions: merged },
              { origin: COMMENT_ORIGIN },
            ).ok
            if (done) setEditing(false)
            return done
          }}
        />
      ) : (
        <Paragraph data-size="sm" className="comment-item__text">
          {comment.text}
        </Paragraph>
      )}
      {mine && canWrite && !comment.deleted && !editing && (
        <div className="comment-item__actions">
          <Button data-size="sm" variant="tertiary" onClick={() => setEditing(true)}>
            {t('comments.edit')}
          </Button>
          <Button
            data-size="sm"
            variant="tertiary"
            data-color="danger"
            onClick={() => deleteComment(doc, comment.id, { origin: COMMENT_ORIGIN })}
          >
            {t('comments.delete')}
          </Button>
        </div>
      )}
    </article>
  )
}
