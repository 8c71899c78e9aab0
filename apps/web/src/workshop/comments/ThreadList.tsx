import { Field, Label, Paragraph, Select } from '@digdir/designsystemet-react'
import type { CommentTarget } from '@samkart/canvas'
import { useT } from '@samkart/i18n/react'
import { COMMENT_TARGET_KINDS, type CommentThread } from '@samkart/model'
import type * as Y from 'yjs'
import { type CommentFilter, threadMatches } from './commentFilter'
import { TARGET_KIND_LABEL, targetName } from './targetInfo'

/** Props of {@link ThreadList}. */
export interface ThreadListProps {
  doc: Y.Doc
  threads: readonly CommentThread[]
  participantId: string
  filter: CommentFilter
  onFilter: (filter: CommentFilter) => void
  /** Mentions of this person not yet seen, by comment id. */
  unseen: ReadonlySet<string>
  onOpen: (target: CommentTarget) => void
}

/**
 * The board's threads, newest activity first, filtered by status, by who (mine, mentioning
 * me) and by the kind of item. Each opens its item's threads (and shows the item).
 */
export function ThreadList({
  doc,
  threads,
  participantId,
  filter,
  onFilter,
  unseen,
  onOpen,
}: ThreadListProps) {
  const t = useT()
  const shown = threads
    .filter((th) => threadMatches(th, filter, participantId))
    .sort((a, b) =>
      a.lastActivity < b.lastActivity ? 1 : a.lastActivity > b.lastActivity ? -1 : 0,
    )
  return (
    <div className="comment-list">
      <div className="comment-list__filters">
        <Field data-size="sm">
          <Label>{t('comments.filter.status')}</Label>
          <Select
            value={filter.status}
            onChange={(e) =>
              onFilter({ ...filter, status: e.target.value as CommentFilter['status'] })
            }
          >
            <Select.Option value="open">{t('comments.filter.open')}</Select.Option>
            <Select.Option value="resolved">{t('comments.filter.resolved')}</Select.Option>
            <Select.Option value="all">{t('comments.filter.all')}</Select.Option>
          </Select>
        </Field>
        <Field data-size="sm">
          <Label>{t('comments.filter.who')}</Label>
          <Select
            value={filter.who}
            onChange={(e) => onFilter({ ...filter, who: e.target.value as CommentFilter['who'] })}
          >
            <Select.Option value="everyone">{t('comments.filter.everyone')}</Select.Option>
            <Select.Option value="mine">{t('comments.filter.mine')}</Select.Option>
            <Select.Option value="mentions">{t('comments.filter.mentions')}</Select.Option>
          </Select>
        </Field>
        <Field data-size="sm">
          <Label>{t('comments.filter.kind')}</Label>
          <Select
            value={filter.kind}
            onChange={(e) => onFilter({ ...filter, kind: e.target.value as CommentFilter['kind'] })}
          >
            <Select.Option value="all">{t('comments.filter.allKinds')}</Select.Option>
            {COMMENT_TARGET_KINDS.map((kind) => (
              <Select.Option key={kind} value={kind}>
                {t(TARGET_KIND_LABEL[kind])}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <Paragraph data-size="sm" className="comment-list__count" aria-live="polite">
        {t('comments.list.count', { count: shown.length })}
      </Paragraph>
      {shown.length === 0 ? (
        <Paragraph data-size="sm">{t('comments.list.empty')}</Paragraph>
      ) : (
        <ul className="comment-list__items">
          {shown.map((thread) => {
            const name = targetName(doc, thread.targetKind, thread.targetId) ?? ''
            const kind = t(TARGET_KIND_LABEL[thread.targetKind])
            const mentionsMe = [thread.first, ...thread.replies].some(
              (c) => !c.deleted && c.mentions.includes(participantId),
            )
            const fresh = [thread.first, ...thread.replies].some((c) => unseen.has(c.id))
            return (
              <li key={thread.id}>
                <button
                  type="button"
                  className="comment-list__item"
                  data-mentions-me={mentionsMe || undefined}
                  data-unseen={fresh || undefined}
                  aria-label={`${t('comments.thread.open', { name: `${kind} ${name}` })}${
                    mentionsMe ? `, ${t('comments.thread.mentionsYou')}` : ''
                  }${thread.resolved ? `, ${t('comments.thread.resolved')}` : ''}`}
                  onClick={() => onOpen({ kind: thread.targetKind, id: thread.targetId })}
                >
                  <span className="comment-list__target">
                    {kind}: {name}
                  </span>
                  <span className="comment-list__excerpt">
                    {thread.first.deleted ? t('comments.deleted') : thread.first.text}
                  </span>
                  <span className="comment-list__meta">
                    {thread.first.authorName} ·{' '}
                    {t('comments.thread.replies', { count: thread.replies.length })}
                    {thread.resolved && ` · ${t('comments.thread.resolved')}`}
                    {mentionsMe && ` · ${t('comments.thread.mentionsYou')}`}
                  </span>
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
