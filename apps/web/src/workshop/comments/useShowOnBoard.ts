import type { CommentTarget } from '@samkart/canvas'
import { useCallback } from 'react'
import type * as Y from 'yjs'
import { navigate } from '../../router/navigation'
import { boardPath, journeysPath } from '../../router/routes'
import type { CommentsModel } from './createCommentsModel'
import { targetJourney } from './targetInfo'

/**
 * Shows an item on the board: opens the view it is in (the aktørkart, or its journey), then
 * asks the canvas to select and centre it (and, with `focus`, to move focus there).
 */
export function useShowOnBoard(boardId: string, doc: Y.Doc, model: CommentsModel) {
  return useCallback(
    (target: CommentTarget, focus: boolean) => {
      const journeyId = targetJourney(doc, target.kind, target.id)
      // A note lies on the aktørkart unless it sits in a journey's cell.
      if (journeyId) navigate(journeysPath(boardId, journeyId))
      else if (['actor', 'relation', 'note'].includes(target.kind)) navigate(boardPath(boardId))
      model.show({ ...target, focus })
    },
    [boardId, doc, model],
  )
}
