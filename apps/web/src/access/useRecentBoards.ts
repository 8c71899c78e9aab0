import { useSyncExternalStore } from 'react'
import {
  RECENT_BOARDS_KEY,
  type RecentBoard,
  type RecentBoards,
  createRecentBoards,
} from './recentBoards'

let store: RecentBoards | null = null

/** `localStorage`, or `null` where the browser forbids it (some private modes throw). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/**
 * This browser's recent boards: one store per page, kept in `localStorage` and followed across
 * tabs (a board opened in one tab shows on the start page of another).
 */
export function recentBoards(): RecentBoards {
  if (!store) {
    const created = createRecentBoards(browserStorage())
    window.addEventListener('storage', (event) => {
      if (event.key === RECENT_BOARDS_KEY || event.key === null) created.reload()
    })
    store = created
  }
  return store
}

/** The recent boards, newest first; re-renders when they change. */
export function useRecentBoards(): readonly RecentBoard[] {
  const recent = recentBoards()
  return useSyncExternalStore(recent.subscribe, recent.list)
}
