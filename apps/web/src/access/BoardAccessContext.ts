import { createContext, useContext } from 'react'
import type { Role } from './roles'

/** Who this tab is on the open board: the token it uses and the role that gives. */
export interface BoardAccessValue {
  boardId: string
  /** The share token, sent with every request and the socket; `null` without one. */
  token: string | null
  /** `null` while not known yet; treat as a viewer until then. */
  role: Role | null
}

/** Provided by the board page for everything on it (share dialog, presence, …). */
export const BoardAccessContext = createContext<BoardAccessValue | null>(null)

/** The open board's access; `null` outside a board page. */
export function useBoardAccessValue(): BoardAccessValue | null {
  return useContext(BoardAccessContext)
}

/**
 * The role this tab has on the open board, or `null` while unknown (or outside a board). For
 * example, only a facilitator may bring everyone to their view.
 */
export function useBoardRole(): Role | null {
  return useContext(BoardAccessContext)?.role ?? null
}
