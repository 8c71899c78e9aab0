import { Button, Heading, Paragraph } from '@digdir/designsystemet-react'
import type { CommentTarget } from '@samkart/canvas'
import type { PresencePeer } from '@samkart/collab'
import { useT } from '@samkart/i18n/react'
import { type CommentThread, addThread, threadComments } from '@samkart/model'
import { useEffect, useRef } from 'react'
import type * as Y from 'yjs'
import { COMMENT_ORIGIN } from './commentOrigin'
import { CommentComposer } from './CommentComposer'
import type { SeenMentions } from './seenMentions'
import { TARGET_KIND_LABEL, targetName } from './targetInfo'
import { ThreadView } from './ThreadView'

/** Props of {@link TargetThreads}. */
export interface TargetThreadsProps {
  doc: Y.Doc
  target: CommentTarget
  threads: readonly CommentThread[]
  participantId: string
  authorName: () => string
  canWrite: boolean
  /** Writers resolve any thread; a viewer only their own. */
  mayResolve: (thread: CommentThread) => boolean
  people: readonly PresencePeer[]
  seen: SeenMentions
  onBack: () => void
  onShow: () => void
}

/**
 * One item's threads: its name as the heading (focused when the panel opens on it), «Alle
 * tråder» and «Vis på tavla», every thread on it, and a field for a new thread. Opening it
 * counts the mentions of this person in it as seen.
 */
export function TargetThreads({
  doc,
  target,
  threads,
  participantId,
  authorName,
  canWrite,
  mayResolve,
  people,
  seen,
  onBack,
  onShow,
}: TargetThreadsProps) {
  const t = useT()
  const heading = useRef<HTMLHeadingElement>(null)
  const name = targetName(doc, target.kind, target.id) ?? t('comments.unknownItem')
  const mine = threads.filter((th) => th.targetKind === target.kind && th.targetId === target.id)
  useEffect(() => {
    heading.current?.focus()
  }, [target.kind, target.id])
  const mentionIds = mine
    .flatMap(threadComments)
    .filter((c) => c.mentions.includes(participantId))
    .map((c) => c.id)
  const mentionKey = mentionIds.join()
  useEffect(() => {
    if (mentionKey) seen.markSeen(mentionKey.split(','))
  }, [mentionKey, seen])

  return (
    <div className="comment-target">
      <div className="comment-target__nav">
        <Button data-size="sm" variant="tertiary" onClick={onBack}>
          ← {t('comments.thread.back')}
        </Button>
        <Button data-size="sm" variant="secondary" onClick={onShow}>
          {t('comments.thread.jump')}
        </Button>
      </div>
      <Heading ref={heading} tabIndex={-1} level={3} data-size="2xs">
        {t('comments.target.heading', { kind: t(TARGET_KIND_LABEL[target.kind]), name })}
      </Heading>
      {mine.length === 0 && <Paragraph data-size="sm">{t('comments.target.empty')}</Paragraph>}
      {mine.map((thread) => (
        <ThreadView
          key={thread.id}
          doc={doc}
          thread={thread}
          participantId={participantId}
          authorName={authorName}
          canWrite={canWrite}
          canResolve={mayResolve(thread)}
          people={people}
        />
      ))}
      {canWrite && (
        <CommentComposer
          label={mine.length === 0 ? t('comments.new.label') : t('comments.target.newThread')}
          submitLabel={t('comments.new.submit')}
          people={people}
          onSubmit={(text, mentions) =>
            addThread(
              doc,
              target,
              { text, mentions, authorId: participantId, authorName: authorName() },
              { origin: COMMENT_ORIGIN },
            ).ok
          }
        />
      )}
    </div>
  )
}
