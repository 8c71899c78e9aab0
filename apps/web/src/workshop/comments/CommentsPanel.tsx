import { Paragraph, Switch } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { type CommentThread, commentsMentioning, setViewersMayComment } from '@samkart/model'
import { useCallback, useMemo, useState } from 'react'
import type { WorkshopContext } from '../WorkshopTab'
import { COMMENT_ORIGIN } from './commentOrigin'
import { type CommentFilter, DEFAULT_COMMENT_FILTER } from './commentFilter'
import { useComments } from './CommentsContext'
import { TargetThreads } from './TargetThreads'
import { ThreadList } from './ThreadList'
import { useShowOnBoard } from './useShowOnBoard'
import { useStore } from './useStore'
import './comments.css'

/**
 * The «Kommentarer» panel: the facilitator's «La lesere kommentere», the board's threads
 * (filterable), and one item's threads with writing, replying, editing, deleting and
 * resolving. A viewer writes only while the facilitator allows it (the server enforces that).
 */
export function CommentsPanel({ session, boardId, role }: WorkshopContext) {
  const comments = useComments()
  if (!comments) return null
  return <CommentsPanelBody session={session} boardId={boardId} role={role} comments={comments} />
}

function CommentsPanelBody({
  session,
  boardId,
  role,
  comments: { model, seen },
}: Pick<WorkshopContext, 'session' | 'boardId' | 'role'> & {
  comments: NonNullable<ReturnType<typeof useComments>>
}) {
  const t = useT()
  const doc = session.doc
  const threads = useStore(model.threads)
  const view = useStore(model.view)
  const allowed = useStore(model.viewersMayComment)
  const people = useStore(session.collab.presence.peers)
  const seenIds = useStore(seen)
  const [filter, setFilter] = useState<CommentFilter>(DEFAULT_COMMENT_FILTER)
  const participantId = session.participantId
  const writer = role === 'editor' || role === 'facilitator'
  const canWrite = writer || (role === 'viewer' && allowed)
  const authorName = useCallback(() => session.collab.presence.self.get().name, [session])
  const mayResolve = useCallback(
    (thread: CommentThread) => writer || (canWrite && thread.first.authorId === participantId),
    [writer, canWrite, participantId],
  )
  const showOnBoard = useShowOnBoard(boardId, doc, model)
  const unseen = useMemo(
    () =>
      new Set(
        commentsMentioning(threads, participantId)
          .map((c) => c.id)
          .filter((id) => !seenIds.has(id)),
      ),
    [threads, participantId, seenIds],
  )

  return (
    <div className="comments-panel">
      {role === 'facilitator' && (
        <Switch
          data-size="sm"
          label={t('comments.permission')}
          description={t('comments.permission.description')}
          checked={allowed}
          onChange={(event) =>
            setViewersMayComment(doc, event.target.checked, { origin: COMMENT_ORIGIN })
          }
        />
      )}
      {role === 'viewer' && !allowed && (
        <Paragraph data-size="sm" className="comments-panel__note">
          {t('comments.viewerBlocked')}
        </Paragraph>
      )}
      {view.kind === 'target' ? (
        <TargetThreads
          doc={doc}
          target={view.target}
          threads={threads}
          participantId={participantId}
          authorName={authorName}
          canWrite={canWrite}
          mayResolve={mayResolve}
          people={people}
          seen={seen}
          onBack={model.showList}
          onShow={() => showOnBoard(view.target, true)}
        />
      ) : (
        <>
          {canWrite && (
            <Paragraph data-size="sm" className="comments-panel__note">
              {t('comments.pickItem')}
            </Paragraph>
          )}
          <ThreadList
            doc={doc}
            threads={threads}
            participantId={participantId}
            filter={filter}
            onFilter={setFilter}
            unseen={unseen}
            onOpen={(target) => {
              model.open(target)
              showOnBoard(target, false)
            }}
          />
        </>
      )}
    </div>
  )
}
