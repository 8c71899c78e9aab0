import type { WorkshopTab } from './WorkshopTab'
import { FacilitationPanel } from './walkthrough/FacilitationPanel'
import { WalkthroughIcon } from './walkthrough/WalkthroughIcon'

/**
 * The tools of the workshop rail, top to bottom. A tool adds itself here (one line) and keeps
 * everything else in its own folder.
 */
export const WORKSHOP_TABS: readonly WorkshopTab[] = [
  { id: 'walkthrough', label: 'facilitation.tab', Icon: WalkthroughIcon, Panel: FacilitationPanel },
]
