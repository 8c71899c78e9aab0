import { createContext, useContext } from 'react'
import type { CommentsModel } from './createCommentsModel'
import type { SeenMentions } from './seenMentions'

/** The board's comments for the panel and the rail badge. */
export interface CommentsContextValue {
  model: CommentsModel
  seen: SeenMentions
}

/** Provided by `CommentsProvider` around the board and its rail. */
export const CommentsContext = createContext<CommentsContextValue | null>(null)

/** The comments of the open board, or `null` outside one. */
export function useComments(): CommentsContextValue | null {
  return useContext(CommentsContext)
}
