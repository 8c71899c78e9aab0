import { TimerIcon } from './timer/BoardTimer'
import { TimerPanel } from './timer/TimerPanel'
import { VotingPanel } from './voting/VotingPanel'
import { VotingBadge, VotingIcon } from './voting/VotingBadge'
import { COMMENTS_TAB } from './comments/commentsTab'
import type { WorkshopTab } from './WorkshopTab'
import { FacilitationPanel } from './walkthrough/FacilitationPanel'
import { WalkthroughIcon } from './walkthrough/WalkthroughIcon'

/**
 * The tools of the workshop rail, top to bottom. A tool adds itself here (one line) and keeps
 * everything else in its own folder.
 */
export const WORKSHOP_TABS: readonly WorkshopTab[] = [
  COMMENTS_TAB,
  { id: 'voting', label: 'voting.tab', Icon: VotingIcon, Panel: VotingPanel, Badge: VotingBadge },
  { id: 'timer', label: 'timer.tab', Icon: TimerIcon, Panel: TimerPanel },
  { id: 'walkthrough', label: 'facilitation.tab', Icon: WalkthroughIcon, Panel: FacilitationPanel },
]
