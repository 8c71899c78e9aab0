import type { RecentBoards } from './recentBoards'
import { readTokenClaims } from './tokenClaims'
import { takeTokenFromLocation } from './tokenFragment'

/** Where this tab keeps the token of a link it opened, in `history.state`, across reloads. */
const STATE_KEY = 'samkartToken'

function stateToken(state: unknown): string | null {
  const token = (state as Record<string, unknown> | null)?.[STATE_KEY]
  return typeof token === 'string' && token ? token : null
}

/**
 * The token to open `boardId` with in this tab, in order: a share link's `#token=` just opened
 * (recorded in the recent boards, and taken out of the address bar), the token this history
 * entry was opened with (so a reload keeps the link's role), or the one stored for the board.
 */
export function resolveVisitToken(
  boardId: string,
  recent: RecentBoards,
  location: Pick<Location, 'hash' | 'pathname' | 'search'> = window.location,
  history: Pick<History, 'replaceState' | 'state'> = window.history,
): string | null {
  const fromUrl = takeTokenFromLocation(location, history)
  if (fromUrl !== null) {
    recent.remember({ id: boardId, token: fromUrl, role: readTokenClaims(fromUrl)?.role ?? null })
    const state = (typeof history.state === 'object' && history.state) || {}
    history.replaceState({ ...state, [STATE_KEY]: fromUrl }, '')
    return fromUrl
  }
  return stateToken(history.state) ?? recent.get(boardId)?.token ?? null
}
