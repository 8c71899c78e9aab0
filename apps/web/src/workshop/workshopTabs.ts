import { COMMENTS_TAB } from './comments/commentsTab'
import type { WorkshopTab } from './WorkshopTab'

/**
 * The tools of the workshop rail, top to bottom. A tool adds itself here (one line) and keeps
 * everything else in its own folder.
 */
export const WORKSHOP_TABS: readonly WorkshopTab[] = [COMMENTS_TAB]
