import { CommentIcon } from '@samkart/canvas'
import type { WorkshopTab } from '../WorkshopTab'
import { CommentsPanel } from './CommentsPanel'
import { CommentsRailBadge } from './CommentsRailBadge'
import { COMMENTS_TOOL_ID } from './commentsToolId'

/** «Kommentarer» in the workshop rail, for everyone (viewers read, and write when allowed). */
export const COMMENTS_TAB: WorkshopTab = {
  id: COMMENTS_TOOL_ID,
  label: 'comments.tab',
  Icon: CommentIcon,
  Panel: CommentsPanel,
  Badge: CommentsRailBadge,
}
