import { CommentsBridgeContext } from '@samkart/canvas'
import { type ReactNode, useEffect, useMemo } from 'react'
import type { BoardSession } from '../../board/useBoardConnection'
import { requestWorkshopTool } from '../railRequests'
import { CommentsContext, type CommentsContextValue } from './CommentsContext'
import { COMMENTS_TOOL_ID } from './commentsToolId'
import { createCommentsModel } from './createCommentsModel'
import { createSeenMentions } from './seenMentions'

/** Gives the board (badges, jumps) and the rail (panel, badge) the board's comment threads. */
export function CommentsProvider({
  session,
  boardId,
  children,
}: {
  session: BoardSession | null
  boardId: string
  children: ReactNode
}) {
  const value = useMemo<CommentsContextValue | null>(
    () =>
      session
        ? {
            model: createCommentsModel(session.doc, () => requestWorkshopTool(COMMENTS_TOOL_ID)),
            seen: createSeenMentions(boardId),
          }
        : null,
    [session, boardId],
  )
  useEffect(() => () => value?.model.destroy(), [value])
  return (
    <CommentsContext.Provider value={value}>
      <CommentsBridgeContext.Provider value={value?.model ?? null}>
        {children}
      </CommentsBridgeContext.Provider>
    </CommentsContext.Provider>
  )
}
