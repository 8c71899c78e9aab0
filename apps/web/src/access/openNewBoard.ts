import { navigate } from '../router/navigation'
import { boardPath } from '../router/routes'
import type { Role } from './roles'
import { recentBoards } from './useRecentBoards'

/** A board the server has just created (from the form, a file or a copy). */
export interface NewBoard {
  id: string
  title: string
  /** The creator's facilitator token; `null` from a server without access checks. */
  token: string | null
  role?: Role
}

/**
 * Keeps a just-created board in this browser's recent boards, with the facilitator token from
 * the create response (the only time the creator is handed it), then opens it.
 */
export function openNewBoard(board: NewBoard): void {
  recentBoards().remember({
    id: board.id,
    title: board.title,
    token: board.token,
    role: board.role ?? 'facilitator',
  })
  navigate(boardPath(board.id))
}
