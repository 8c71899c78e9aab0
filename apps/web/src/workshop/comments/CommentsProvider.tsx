import { CommentsBridgeContext } from '@samkart/canvas'
import { type ReactNode, useEffect, useState } from 'react'
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
  const [value, setValue] = useState<CommentsContextValue | null>(null)
  // Made in an effect, not during render: the model listens to the document until destroyed.
  useEffect(() => {
    if (!session) return setValue(null)
    const model = createCommentsModel(session.doc, () => requestWorkshopTool(COMMENTS_TOOL_ID))
    setValue({ model, seen: createSeenMentions(boardId) })
    return () => model.destroy()
  }, [session, boardId])
  return (
    <CommentsContext.Provider value={value}>
      <CommentsBridgeContext.Provider value={value?.model ?? null}>
        {children}
      </CommentsBridgeContext.Provider>
    </CommentsContext.Provider>
  )
}
