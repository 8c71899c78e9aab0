import type { MessageKey } from '@samkart/i18n'
import type { Role } from '@samkart/model'
import type { ComponentType } from 'react'
import type { BoardSession } from '../board/useBoardConnection'

/** What every workshop panel gets: the live board and who is looking at it. */
export interface WorkshopContext {
  session: BoardSession
  boardId: string
  /** The share link's token, for the HTTP API; `null` on an open server. */
  token: string | null
  /** The link's role; `null` until known (then nothing offers editing). */
  role: Role | null
  /** A viewer's board (or a role not known yet). */
  readOnly: boolean
}

/**
 * One tool in the board's workshop rail (comments, voting, walkthrough …): a toggle button in
 * the rail and the panel it opens beside the board. Tools register in `workshopTabs.ts`.
 */
export interface WorkshopTab {
  /** Stable id, also the panel's DOM id suffix. */
  id: string
  /** The button's accessible name and the panel's heading. */
  label: MessageKey
  /** The rail button's icon (decorative: the label names the button). */
  Icon: ComponentType
  /** The panel's content, below its heading. */
  Panel: ComponentType<WorkshopContext>
  /** A short count on the rail button (e.g. open threads); nothing when it renders `null`. */
  Badge?: ComponentType<WorkshopContext>
  /** Whether this person gets the tool at all (default: everyone). */
  available?: (context: WorkshopContext) => boolean
}
